"""{% cached_fragment key [seconds] %}…{% endcached_fragment %}: a fragment cached under a key the
view computed (forums.caching), for FRAGMENT_SECONDS unless told; rendered as usual when the key
is empty. CSRF tokens inside are cached
as a placeholder and filled in with the viewer's own token."""

from django import template
from django.utils.safestring import mark_safe

from forums import caching

register = template.Library()


class CachedFragmentNode(template.Node):
    def __init__(self, key, nodelist, known_html=None, seconds=None):
        self.key = key
        self.nodelist = nodelist
        self.known_html = known_html
        self.seconds = seconds

    def render(self, context):
        key = self.key.resolve(context)
        if not key:
            return self.nodelist.render(context)
        html = self.known_html.resolve(context) if self.known_html else None
        if html is None:
            html = caching.get(key)
        if html is None:
            with context.push(csrf_token=caching.CSRF_PLACEHOLDER):
                html = caching.squeeze(self.nodelist.render(context))
            seconds = self.seconds.resolve(context) if self.seconds else caching.FRAGMENT_SECONDS
            caching.put(key, html, seconds)
        if caching.CSRF_PLACEHOLDER in html:
            html = html.replace(caching.CSRF_PLACEHOLDER, str(context.get("csrf_token", "")))
        return mark_safe(html)  # noqa: S308  # nosec B308 B703 - our own rendered template output


@register.tag
def cached_fragment(parser, token):
    """{% cached_fragment key [html=<the HTML the view already read>] [seconds=<lifetime>] %}:
    html=None means "look it up"; the lifetime defaults to caching.FRAGMENT_SECONDS."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% cached_fragment key [html=…] [seconds=…] %}")
    options = {}
    for bit in bits[2:]:
        name, equals, value = bit.partition("=")
        if not equals or name not in ("html", "seconds") or name in options:
            raise template.TemplateSyntaxError(f"cached_fragment: unknown option {bit!r}")
        options[name] = parser.compile_filter(value)
    nodelist = parser.parse(("endcached_fragment",))
    parser.delete_first_token()
    return CachedFragmentNode(
        parser.compile_filter(bits[1]), nodelist, options.get("html"), options.get("seconds")
    )


@register.filter
def cached_widget(bound_field):
    """{{ form.country|cached_widget }}: a form field's widget rendered once per language and
    value (a select of 250 countries costs more to render than the rest of the page). Only for
    fields whose choices are the same for everyone."""
    form = bound_field.form
    key = caching.widget_key(
        type(form).__name__, bound_field.html_name, bound_field.auto_id, bound_field.value()
    )
    html = caching.get(key)
    if html is None:
        html = str(bound_field)
        caching.put(key, html)
    return mark_safe(html)  # noqa: S308  # nosec B308 B703 - the widget rendering
