// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  const toggle = document.querySelector(".nav-toggle");
  const nav = document.getElementById("site-nav");
  if (toggle && nav) {
    toggle.addEventListener("click", () => {
      const open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", String(!open));
      nav.classList.toggle("open", !open);
    });
  }
  // The language switcher submits as soon as a language is picked.
  const select = document.getElementById("language-select");
  if (select) {
    select.addEventListener("change", () => select.form.submit());
  }
  // Forms that destroy something ask first (no inline handlers: CSP forbids them).
  document.addEventListener("submit", (event) => {
    const message = event.target.dataset?.confirm;
    if (message && !window.confirm(message)) event.preventDefault();
  });
  // Moderation queue: j/k move, a approves, r rejects, x selects the focused post.
  const items = Array.from(document.querySelectorAll("[data-queue-item]"));
  if (items.length) {
    document.addEventListener("keydown", (event) => {
      if (event.target.closest("input, select, textarea")) return;
      const current = items.indexOf(document.activeElement.closest("[data-queue-item]"));
      const focusAt = (index) => items[Math.max(0, Math.min(items.length - 1, index))].focus();
      if (event.key === "j") focusAt(current + 1);
      else if (event.key === "k") focusAt(current - 1);
      else if (current >= 0 && event.key === "a") items[current].querySelector("[data-queue-approve]").click();
      else if (current >= 0 && event.key === "r") items[current].querySelector("[data-queue-reject]").click();
      else if (current >= 0 && event.key === "x") items[current].querySelector("[data-queue-select]").click();
    });
  }
  // Print buttons and live filtering of long lists (check-in by name).
  document.querySelectorAll("[data-print]").forEach((button) => {
    button.addEventListener("click", () => window.print());
  });
  document.querySelectorAll("[data-filter-list]").forEach((input) => {
    const list = document.getElementById(input.dataset.filterList);
    input.addEventListener("input", () => {
      const needle = input.value.trim().toLowerCase();
      list.querySelectorAll("li").forEach((item) => {
        item.hidden = needle !== "" && !item.textContent.toLowerCase().includes(needle);
      });
    });
  });
  // "Select all" checkboxes for bulk actions.
  document.querySelectorAll("[data-check-all]").forEach((box) => {
    box.addEventListener("change", () => {
      box.form.querySelectorAll(`input[name="${box.dataset.checkAll}"]`).forEach((other) => {
        other.checked = box.checked;
      });
    });
  });
  // Poll fields on the new-post form: the "at most" box only for several options, a live count
  // of the options typed (one per line); checkboxes of a vote stop at the poll's maximum.
  document.querySelectorAll("[data-poll-options]").forEach((options) => {
    const box = options.closest("form");
    const count = box.querySelector("[data-poll-count]");
    const maxField = box.querySelector("[data-poll-max-field]");
    const modes = box.querySelectorAll("[data-poll-mode]");
    const showMax = () => {
      const several = Array.from(modes).some((radio) => radio.checked && radio.value === "multiple");
      if (maxField) maxField.hidden = !several;
    };
    const showCount = () => {
      if (!count) return;
      const lines = options.value.split("\n").filter((line) => line.trim() !== "").length;
      count.textContent = count.dataset.template
        ? count.dataset.template.replace("%s", lines)
        : String(lines);
      count.hidden = lines === 0;
    };
    modes.forEach((radio) => radio.addEventListener("change", showMax));
    options.addEventListener("input", showCount);
    showMax();
    showCount();
  });
  document.querySelectorAll("[data-poll-max]").forEach((form) => {
    const max = Number(form.dataset.pollMax);
    const boxes = Array.from(form.querySelectorAll("input[type=checkbox][name=option]"));
    const limit = () => {
      const chosen = boxes.filter((box) => box.checked).length;
      boxes.forEach((box) => { box.disabled = !box.checked && chosen >= max; });
    };
    boxes.forEach((box) => box.addEventListener("change", limit));
    limit();
  });
  // Close the account menu with Escape, returning focus to its button.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    document.querySelectorAll("details[open]").forEach((details) => {
      details.removeAttribute("open");
      details.querySelector("summary")?.focus();
    });
  });
});
