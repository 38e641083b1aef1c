"""The authorisation table: URL name → (method, URL arguments, expected status per role).

Roles, in this order: anonymous, member, manager, alumni_admin, outsider, staff (see world.py).
"""

GET, POST = "GET", "POST"


def group(w):
    return {"slug": w.group.slug}


def thread(w):
    return {"thread_id": w.thread.pk}


def event(w):
    return {"slug": w.event.slug}


def network(w):
    return {"slug": w.network.slug}


def none(w):
    return {}


def row(method, kwargs, statuses, data=None):
    """statuses: six numbers in ROLES order; data: the POST form (a dict or a function)."""
    return (method, kwargs, statuses, data)


TABLE = {
    # --- site ---------------------------------------------------------------------------------
    "home": row(GET, none, (200, 200, 200, 200, 200, 200)),
    "healthz": row(GET, none, (200, 200, 200, 200, 200, 200)),
    # --- accounts (allauth) -------------------------------------------------------------------
    "account_login": row(GET, none, (200, 302, 302, 302, 302, 302)),
    "account_logout": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "account_inactive": row(GET, none, (200, 200, 200, 200, 200, 200)),
    "account_signup": row(GET, none, (200, 302, 302, 302, 302, 302)),
    "account_reauthenticate": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "account_email": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "account_email_verification_sent": row(GET, none, (200, 200, 200, 200, 200, 200)),
    "account_change_password": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "account_set_password": row(GET, none, (302, 302, 302, 302, 302, 302)),
    "account_reset_password": row(GET, none, (200, 200, 200, 200, 200, 200)),
    "account_confirm_login_code": row(GET, none, (302, 302, 302, 302, 302, 302)),
    "account_confirm_email": row(GET, {"key": "not-a-real-key"}, (200, 200, 200, 200, 200, 200)),
    "account_reset_password_from_key_done": row(GET, none, (200, 200, 200, 200, 200, 200)),
    "account_reset_password_from_key": row(
        GET, {"uidb36": "zz", "key": "bad-key"}, (200, 200, 200, 200, 200, 200)
    ),
    "account_reset_password_done": row(GET, none, (200, 200, 200, 200, 200, 200)),
    "socialaccount_login_cancelled": row(GET, none, (200, 200, 200, 200, 200, 200)),
    "socialaccount_login_error": row(GET, none, (401, 401, 401, 401, 401, 401)),
    "socialaccount_signup": row(GET, none, (302, 302, 302, 302, 302, 302)),
    "socialaccount_connections": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "openid_connect_login": row(GET, {"provider_id": "linkedin"}, (404, 404, 404, 404, 404, 404)),
    "openid_connect_callback": row(
        GET, {"provider_id": "linkedin"}, (404, 404, 404, 404, 404, 404)
    ),
    # --- members ------------------------------------------------------------------------------
    "members:directory": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "members:profile": row(
        GET, lambda w: {"member_id": w.people["member"].pk}, (302, 200, 200, 200, 200, 200)
    ),
    "members:edit_profile": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "members:invitations": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "members:privacy": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "members:download_my_data": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "members:delete_account": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "members:accept_invitation": row(
        GET, lambda w: {"token": w.invitation.token}, (200, 302, 302, 302, 302, 302)
    ),
    "members:set_language": row(POST, none, (302, 302, 302, 302, 302, 302)),
    # --- notifications ------------------------------------------------------------------------
    "notifications:list": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "notifications:mark_all_read": row(POST, none, (302, 302, 302, 302, 302, 302)),
    "notifications:open": row(
        GET, lambda w: {"notification_id": w.notification.pk}, (302, 302, 404, 404, 404, 404)
    ),
    "notifications:unsubscribe": row(
        GET, lambda w: {"token": w.unsubscribe_token}, (200, 200, 200, 200, 200, 200)
    ),
    # --- events -------------------------------------------------------------------------------
    "events:list": row(GET, none, (200, 200, 200, 200, 200, 200)),
    "events:create": row(GET, none, (302, 403, 200, 200, 403, 200)),
    "events:my_calendar": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "events:personal_feed": row(
        GET, lambda w: {"token": w.calendar_feed.token}, (200, 200, 200, 200, 200, 200)
    ),
    "events:group_feed": row(GET, group, (404, 404, 404, 404, 404, 404)),
    "events:event": row(GET, event, (404, 200, 200, 404, 404, 200)),
    "events:edit": row(GET, event, (302, 404, 200, 404, 404, 200)),
    "events:add_agenda_item": row(POST, event, (302, 404, 302, 404, 404, 302)),
    "events:delete_agenda_item": row(
        POST,
        lambda w: {"slug": w.event.slug, "item_id": w.agenda_item.pk},
        (302, 404, 302, 404, 404, 302),
    ),
    "events:register": row(POST, event, (302, 302, 302, 404, 404, 302)),
    "events:cancel": row(POST, event, (302, 302, 302, 404, 404, 302)),
    "events:ics": row(GET, event, (404, 200, 200, 404, 404, 200)),
    "events:attendees": row(GET, event, (302, 404, 200, 404, 404, 200)),
    "events:attendees_csv": row(GET, event, (302, 404, 200, 404, 404, 200)),
    "events:check_in": row(GET, event, (302, 404, 200, 404, 404, 200)),
    "events:attendee_action": row(
        POST,
        lambda w: {"slug": w.event.slug, "registration_id": w.registration.pk, "action": "remove"},
        (302, 404, 302, 404, 404, 302),
    ),
    "events:message": row(GET, event, (302, 404, 200, 404, 404, 200)),
    "events:seating": row(GET, event, (302, 404, 200, 404, 404, 200)),
    "events:my_schedule": row(GET, event, (302, 404, 404, 404, 404, 404)),
    # --- alumni -------------------------------------------------------------------------------
    "alumni:list": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "alumni:create": row(GET, none, (302, 404, 404, 404, 404, 200)),
    "alumni:invitation": row(
        GET, lambda w: {"token": w.former_employee.token}, (200, 302, 302, 302, 302, 302)
    ),
    "alumni:network": row(GET, network, (302, 200, 200, 200, 200, 200)),
    "alumni:guidelines": row(GET, network, (302, 200, 404, 200, 404, 404)),
    "alumni:directory": row(GET, network, (302, 200, 404, 200, 404, 404)),
    "alumni:my_profile": row(GET, network, (302, 200, 404, 200, 404, 404)),
    "alumni:leave": row(POST, network, (302, 302, 404, 302, 404, 404)),
    "alumni:admin": row(GET, network, (302, 404, 404, 200, 404, 404)),
    "alumni:admin_settings": row(GET, network, (302, 404, 404, 200, 404, 404)),
    "alumni:import": row(GET, network, (302, 404, 404, 200, 404, 404)),
    "alumni:import_preview": row(
        GET,
        lambda w: {"slug": w.network.slug, "import_id": w.leaver_import.pk},
        (302, 404, 404, 200, 404, 404),
    ),
    "alumni:people": row(GET, network, (302, 404, 404, 200, 404, 404)),
    "alumni:decide_request": row(
        POST,
        lambda w: {"slug": w.network.slug, "membership_id": w.alumni_request.pk},
        (302, 404, 404, 302, 404, 404),
    ),
    "alumni:boomerang": row(GET, network, (302, 404, 404, 200, 404, 404)),
    # --- newsletter and insights --------------------------------------------------------------
    "digests:archive": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "digests:create_draft": row(POST, none, (302, 404, 404, 404, 404, 302)),
    "digests:issue": row(
        GET, lambda w: {"newsletter_id": w.newsletter.pk}, (302, 404, 404, 404, 404, 200)
    ),
    "digests:edit": row(
        GET, lambda w: {"newsletter_id": w.newsletter.pk}, (302, 404, 404, 404, 404, 200)
    ),
    "insights:network": row(GET, none, (302, 404, 404, 404, 404, 200)),
    "insights:group": row(GET, group, (302, 404, 200, 404, 404, 200)),
    # --- private conversations ------------------------------------------------------------------
    "conversations:inbox": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "conversations:new": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "conversations:settings": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "conversations:blocked": row(GET, none, (302, 302, 302, 302, 302, 302)),
    "conversations:block": row(
        POST, lambda w: {"member_id": w.people["outsider"].pk}, (302, 302, 302, 302, 302, 302)
    ),
    "conversations:unblock": row(
        POST, lambda w: {"member_id": w.people["outsider"].pk}, (302, 302, 302, 302, 302, 302)
    ),
    "conversations:report_queue": row(GET, none, (302, 404, 404, 404, 404, 200)),
    "conversations:reported": row(
        GET,
        lambda w: {"conversation_id": w.reported_conversation.pk},
        (302, 404, 404, 404, 404, 200),
    ),
    "conversations:decide_reported": row(
        POST,
        lambda w: {"conversation_id": w.reported_conversation.pk},
        (302, 404, 404, 404, 404, 302),
        {"decision": "dismiss"},
    ),
    "conversations:detail": row(
        GET, lambda w: {"conversation_id": w.conversation.pk}, (302, 200, 200, 404, 404, 404)
    ),
    "conversations:reply": row(
        POST,
        lambda w: {"conversation_id": w.conversation.pk},
        (302, 302, 302, 404, 404, 404),
        {"body": "Thanks, that helps a lot."},
    ),
    "conversations:leave": row(
        POST, lambda w: {"conversation_id": w.conversation.pk}, (302, 302, 302, 404, 404, 404)
    ),
    "conversations:report": row(
        POST, lambda w: {"conversation_id": w.conversation.pk}, (302, 302, 302, 404, 404, 404)
    ),
    # --- HR-systems map -----------------------------------------------------------------------
    "systems:catalogue": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "systems:category": row(GET, {"category": "payroll"}, (302, 200, 200, 200, 200, 200)),
    "systems:compare": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "systems:propose": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "systems:mine": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "systems:review_queue": row(GET, none, (302, 404, 404, 404, 404, 200)),
    "systems:decide_review": row(
        POST,
        lambda w: {"declaration_id": w.declaration.pk},
        (302, 404, 404, 404, 404, 302),
        {"decision": "approve"},
    ),
    "systems:proposals": row(GET, none, (302, 404, 404, 404, 404, 200)),
    "systems:decide_proposal": row(
        POST,
        lambda w: {"system_id": w.proposed_system.pk},
        (302, 404, 404, 404, 404, 302),
        {"decision": "accept"},
    ),
    "systems:detail": row(GET, lambda w: {"slug": w.system.slug}, (302, 200, 200, 200, 200, 200)),
    "systems:declare": row(GET, lambda w: {"slug": w.system.slug}, (302, 200, 200, 200, 200, 200)),
    "systems:withdraw": row(
        POST, lambda w: {"slug": w.system.slug}, (302, 302, 404, 404, 404, 404)
    ),
    "systems:affiliation": row(
        POST, lambda w: {"slug": w.system.slug}, (302, 302, 302, 302, 302, 302)
    ),
    # --- member-led agenda ----------------------------------------------------------------------
    "agenda:proposals": row(GET, none, (200, 200, 200, 200, 200, 200)),
    "agenda:propose": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "agenda:review": row(GET, none, (302, 404, 404, 404, 404, 200)),
    "agenda:proposal": row(
        GET, lambda w: {"proposal_id": w.proposal.pk}, (200, 200, 200, 200, 200, 200)
    ),
    "agenda:support": row(
        POST, lambda w: {"proposal_id": w.proposal.pk}, (302, 302, 302, 302, 302, 302)
    ),
    "agenda:decide": row(
        POST,
        lambda w: {"proposal_id": w.proposal.pk, "action": "decline"},
        (302, 404, 404, 404, 404, 302),
        {"reason": "We have a payroll group already."},
    ),
    "agenda:add_poll": row(GET, thread, (302, 302, 302, 404, 404, 302)),
    "agenda:vote": row(POST, lambda w: {"poll_id": w.poll.pk}, (302, 302, 302, 404, 404, 302)),
    "agenda:close_poll": row(
        POST, lambda w: {"poll_id": w.poll.pk}, (302, 302, 302, 404, 404, 302)
    ),
    "agenda:event_topics": row(GET, event, (302, 404, 200, 404, 404, 200)),
    "agenda:suggest_topic": row(
        POST, event, (302, 302, 302, 404, 404, 302), {"title": "Onboarding remote hires"}
    ),
    "agenda:topic_vote": row(
        POST, lambda w: {"topic_id": w.topic.pk}, (302, 302, 302, 404, 404, 302)
    ),
    "agenda:schedule_topic": row(
        POST, lambda w: {"topic_id": w.topic.pk}, (302, 404, 302, 404, 404, 302)
    ),
    # --- intervision circles ------------------------------------------------------------------
    "circles:mine": row(GET, none, (302, 200, 200, 200, 200, 200)),
    "circles:group_rounds": row(GET, group, (302, 200, 200, 404, 404, 200)),
    "circles:new_round": row(GET, group, (302, 404, 200, 404, 404, 200)),
    "circles:round": row(GET, lambda w: {"pk": w.circle_round.pk}, (302, 200, 200, 404, 404, 200)),
    "circles:sign_up": row(
        POST, lambda w: {"pk": w.circle_round.pk}, (302, 400, 400, 404, 404, 400)
    ),
    "circles:withdraw": row(
        POST, lambda w: {"pk": w.circle_round.pk}, (302, 302, 302, 404, 404, 302)
    ),
    "circles:form": row(POST, lambda w: {"pk": w.circle_round.pk}, (302, 404, 302, 404, 404, 302)),
    "circles:move": row(POST, lambda w: {"pk": w.circle_round.pk}, (302, 404, 302, 404, 404, 302)),
    "circles:publish": row(
        POST, lambda w: {"pk": w.circle_round.pk}, (302, 404, 302, 404, 404, 302)
    ),
    "circles:close": row(POST, lambda w: {"pk": w.circle_round.pk}, (302, 404, 302, 404, 404, 302)),
    "circles:circle": row(GET, lambda w: {"pk": w.circle.pk}, (302, 200, 200, 404, 404, 200)),
    "circles:leave": row(POST, lambda w: {"pk": w.circle.pk}, (302, 302, 302, 404, 404, 302)),
    # --- forums -------------------------------------------------------------------------------
    "forums:group_list": row(GET, none, (200, 200, 200, 200, 200, 200)),
    "forums:create_group": row(GET, none, (302, 403, 403, 403, 403, 200)),
    "forums:group": row(GET, group, (404, 200, 200, 404, 404, 200)),
    "forums:join": row(POST, group, (302, 302, 302, 404, 404, 302)),
    "forums:leave": row(POST, group, (302, 302, 302, 404, 404, 302)),
    "forums:watch": row(POST, group, (302, 302, 302, 404, 404, 302)),
    "forums:decide_request": row(
        POST,
        lambda w: {"slug": w.request_group.slug, "membership_id": w.join_request.pk},
        (302, 403, 302, 403, 403, 302),
    ),
    "forums:new_thread": row(GET, group, (302, 200, 200, 404, 404, 403)),
    "forums:set_anonymous_posts": row(
        POST, group, (302, 404, 302, 404, 404, 302), {"allows_anonymous_posts": "on"}
    ),
    "forums:invite": row(POST, group, (302, 302, 302, 404, 404, 302)),
    "forums:set_role": row(
        POST,
        lambda w: {"slug": w.group.slug, "membership_id": w.membership.pk},
        (302, 404, 302, 404, 404, 302),
    ),
    "forums:group_rss": row(GET, group, (404, 404, 404, 404, 404, 404)),
    "forums:group_atom": row(GET, group, (404, 404, 404, 404, 404, 404)),
    "forums:group_tab": row(
        GET, lambda w: {"slug": w.group.slug, "tab": "members"}, (404, 200, 200, 404, 404, 200)
    ),
    "forums:thread_short": row(GET, thread, (404, 200, 200, 404, 404, 200)),
    "forums:thread": row(
        GET,
        lambda w: {"thread_id": w.thread.pk, "slug": "the-thread"},
        (404, 200, 200, 404, 404, 200),
    ),
    "forums:reply": row(
        POST, thread, (302, 302, 302, 404, 404, 400), {"body": "We use a buddy system for this."}
    ),
    "forums:edit_thread": row(GET, thread, (302, 200, 200, 404, 404, 200)),
    "forums:delete_thread": row(POST, thread, (302, 302, 302, 404, 404, 302)),
    "forums:helpful_thread": row(POST, thread, (302, 302, 302, 404, 404, 302)),
    "forums:helpful_reply": row(
        POST,
        lambda w: {"thread_id": w.thread.pk, "reply_id": w.reply.pk},
        (302, 302, 302, 404, 404, 302),
    ),
    "forums:accept_answer": row(POST, thread, (302, 302, 302, 404, 404, 302)),
    "forums:history": row(GET, thread, (302, 404, 200, 404, 404, 200)),
    "forums:summary": row(GET, thread, (302, 200, 200, 404, 404, 200)),
    "forums:moderate": row(
        POST, lambda w: {"thread_id": w.thread.pk, "action": "lock"}, (302, 403, 302, 404, 404, 302)
    ),
    "forums:edit_reply": row(
        GET, lambda w: {"reply_id": w.reply.pk}, (302, 403, 200, 404, 404, 200)
    ),
    "forums:delete_reply": row(
        POST, lambda w: {"reply_id": w.reply.pk}, (302, 403, 302, 404, 404, 302)
    ),
    "forums:jobs": row(GET, none, (200, 200, 200, 200, 200, 200)),
    "forums:unanswered": row(GET, none, (200, 200, 200, 200, 200, 200)),
    "forums:trending": row(GET, none, (200, 200, 200, 200, 200, 200)),
    "forums:knowledge": row(GET, none, (200, 200, 200, 200, 200, 200)),
    "forums:knowledge_rss": row(GET, none, (200, 200, 200, 200, 200, 200)),
    "forums:knowledge_atom": row(GET, none, (200, 200, 200, 200, 200, 200)),
    "forums:search": row(GET, none, (200, 200, 200, 200, 200, 200)),
    "forums:preview": row(POST, none, (302, 200, 200, 200, 200, 200)),
    "forums:moderation_queue": row(GET, none, (302, 404, 200, 200, 404, 200)),
    "forums:audit_log": row(GET, none, (302, 404, 200, 200, 404, 200)),
    "forums:moderation_bulk": row(
        POST,
        none,
        (302, 404, 302, 404, 404, 302),
        lambda w: {"posts": f"reply:{w.reply.pk}", "decision": "reject"},
    ),
    "forums:moderation_member": row(
        POST,
        lambda w: {"member_id": w.people["outsider"].pk},
        (302, 404, 302, 404, 404, 302),
        lambda w: {"action": "suspend", "group": w.group.slug, "days": "3"},
    ),
    "forums:moderation_decide": row(
        POST,
        lambda w: {"kind": "reply", "post_id": w.reply.pk},
        (302, 404, 302, 404, 404, 302),
        {"decision": "reject"},
    ),
    "forums:flag": row(
        POST, lambda w: {"kind": "reply", "post_id": w.reply.pk}, (302, 302, 302, 404, 404, 302)
    ),
}
