/*
 * The clinic chat widget: a launcher button and a chat panel, in a shadow root so the
 * clinic's own styles cannot break it (nor it theirs).
 *
 * Not loaded on its own: `python -m bot web` serves /widget.js as this file wrapped in a
 * function together with the Socket.IO client (`io`, from node_modules), the clinic's
 * settings (`CONFIG`) and widget.css (`CSS`). No build step.
 *
 * Safety rules: nothing from the conversation is ever parsed as HTML (text nodes and
 * element properties only); links are made only for http(s) addresses.
 */
"use strict";

var OPEN_KEY = CONFIG.storageKey + ":open";
var SESSION_KEY = CONFIG.storageKey + ":session:" + CONFIG.socketUrl;
var TYPING_TIMEOUT_MS = 30000;
var LINK = /\[([^\]\n]{1,200})\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>"]+)/g;

function storage(kind) {
  try {
    var store = window[kind];
    store.setItem(CONFIG.storageKey + ":probe", "1");
    store.removeItem(CONFIG.storageKey + ":probe");
    return store;
  } catch (error) {
    var memory = {};
    return {
      getItem: function (key) { return key in memory ? memory[key] : null; },
      setItem: function (key, value) { memory[key] = String(value); },
      removeItem: function (key) { delete memory[key]; },
    };
  }
}

var saved = storage("localStorage");
var tabState = storage("sessionStorage");

function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function visuallyHidden(text) {
  return el("span", "cw-sr", text);
}

/* Text with its http(s) links as anchors; everything else stays plain text. */
function richText(text) {
  var fragment = document.createDocumentFragment();
  var last = 0;
  var match;
  LINK.lastIndex = 0;
  while ((match = LINK.exec(text)) !== null) {
    var label = match[1];
    var href = match[2] || match[3];
    var trailing = "";
    if (!label) {
      var stripped = href.replace(/[.,;:!?)]+$/, "");
      trailing = href.slice(stripped.length);
      href = stripped;
      label = href;
    }
    fragment.appendChild(document.createTextNode(text.slice(last, match.index)));
    var link = el("a", "cw-link", label);
    link.href = href;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    fragment.appendChild(link);
    if (trailing) fragment.appendChild(document.createTextNode(trailing));
    last = match.index + match[0].length;
  }
  fragment.appendChild(document.createTextNode(text.slice(last)));
  return fragment;
}

function telHref(number) {
  var digits = String(number || "").replace(/[^0-9+]/g, "");
  return digits ? "tel:" + digits : null;
}

/* A speech-bubble icon, drawn (emoji fonts are not everywhere). */
function chatIcon() {
  var ns = "http://www.w3.org/2000/svg";
  var svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("width", "22");
  svg.setAttribute("height", "22");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  var path = document.createElementNS(ns, "path");
  path.setAttribute("fill", "currentColor");
  path.setAttribute("d", "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z");
  svg.appendChild(path);
  return svg;
}

function buildWidget() {
  var host = el("div");
  host.id = "clinic-chat-widget";
  var root = host.attachShadow({ mode: "open" });
  if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === "function") {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    root.appendChild(el("style", null, CSS));
  }

  var frame = el("div", "cw");
  frame.style.setProperty("--cw-primary", CONFIG.colors.primary);
  frame.style.setProperty("--cw-on-primary", CONFIG.colors.onPrimary);

  var launcher = el("button", "cw-launcher");
  launcher.type = "button";
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", "cw-panel");
  launcher.appendChild(chatIcon());
  launcher.appendChild(el("span", null, "Chat with us"));

  var panel = el("section", "cw-panel");
  panel.id = "cw-panel";
  panel.hidden = true;
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-labelledby", "cw-title");

  var header = el("header", "cw-header");
  var titles = el("div", "cw-titles");
  titles.appendChild(el("h2", "cw-title", CONFIG.clinicName)).id = "cw-title";
  titles.appendChild(el("p", "cw-subtitle", "Virtual assistant"));
  var close = el("button", "cw-close");
  close.type = "button";
  close.setAttribute("aria-label", "Close chat");
  close.appendChild(el("span", null, "\u00D7")).setAttribute("aria-hidden", "true");
  header.appendChild(titles);
  header.appendChild(close);

  var notice = el("p", "cw-notice", "General information, not a diagnosis. In an emergency, call ");
  var call = telHref(CONFIG.emergencyNumber);
  var emergencyLink = el(call ? "a" : "strong", "cw-notice-call", CONFIG.emergencyNumber);
  if (call) emergencyLink.href = call;
  notice.appendChild(emergencyLink);
  notice.appendChild(document.createTextNode("."));

  var log = el("div", "cw-log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-label", "Conversation");
  log.tabIndex = 0;

  var typing = el("div", "cw-typing");
  typing.hidden = true;
  typing.setAttribute("role", "status");
  for (var i = 0; i < 3; i++) typing.appendChild(el("span", "cw-dot")).setAttribute("aria-hidden", "true");
  typing.appendChild(visuallyHidden("The assistant is typing"));

  var status = el("p", "cw-status");
  status.setAttribute("role", "status");

  var form = el("form", "cw-form");
  var label = el("label", "cw-sr", "Your message");
  label.htmlFor = "cw-input";
  var input = el("input", "cw-input");
  input.id = "cw-input";
  input.type = "text";
  input.autocomplete = "off";
  input.maxLength = 2000;
  input.placeholder = "Type your question\u2026";
  var send = el("button", "cw-send", "Send");
  send.type = "submit";
  form.appendChild(label);
  form.appendChild(input);
  form.appendChild(send);

  panel.appendChild(header);
  panel.appendChild(notice);
  panel.appendChild(log);
  panel.appendChild(typing);
  panel.appendChild(status);
  panel.appendChild(form);
  frame.appendChild(launcher);
  frame.appendChild(panel);
  root.appendChild(frame);
  document.body.appendChild(host);

  return {
    frame: frame, launcher: launcher, panel: panel, close: close, log: log,
    typing: typing, status: status, form: form, input: input,
  };
}

function start() {
  var ui = buildWidget();
  var sessionId = null;
  var pending = [];
  var typingTimer = null;

  function scrollDown() {
    ui.log.scrollTop = ui.log.scrollHeight;
  }

  function setTyping(on) {
    clearTimeout(typingTimer);
    ui.typing.hidden = !on;
    if (on) typingTimer = setTimeout(function () { ui.typing.hidden = true; }, TYPING_TIMEOUT_MS);
    scrollDown();
  }

  function retireReplies() {
    var groups = ui.log.querySelectorAll(".cw-replies");
    for (var g = 0; g < groups.length; g++) {
      var buttons = groups[g].querySelectorAll("button");
      for (var b = 0; b < buttons.length; b++) buttons[b].disabled = true;
      groups[g].classList.add("cw-replies--used");
    }
  }

  function addUser(text) {
    var bubble = el("div", "cw-msg cw-msg--user");
    bubble.appendChild(visuallyHidden("You: "));
    bubble.appendChild(el("p", "cw-text", text));
    ui.log.appendChild(bubble);
    scrollDown();
  }

  function addBot(message, live) {
    var bubble = el("div", "cw-msg cw-msg--bot");
    bubble.appendChild(visuallyHidden("Assistant: "));
    var alert = message.alert;
    if (!alert && /^\s*\u26A0/.test(message.text || "")) alert = "emergency";
    if (alert === "emergency" || alert === "urgent") {
      bubble.classList.add("cw-msg--" + alert);
      if (live && alert === "emergency") bubble.setAttribute("role", "alert");
      bubble.appendChild(el("strong", "cw-badge", alert === "emergency" ? "Emergency" : "Important"));
    }
    var paragraph = el("p", "cw-text");
    paragraph.appendChild(richText(String(message.text || "")));
    bubble.appendChild(paragraph);
    var call = telHref(CONFIG.emergencyNumber);
    if (alert === "emergency" && call) {
      var callLink = el("a", "cw-call", "Call " + CONFIG.emergencyNumber + " now");
      callLink.href = call;
      bubble.appendChild(callLink);
    }
    var image = message.attachment && message.attachment.payload && message.attachment.payload.src;
    if (image && /^https?:\/\//.test(image)) {
      var picture = el("img", "cw-image");
      picture.src = image;
      picture.alt = "";
      bubble.appendChild(picture);
    }
    ui.log.appendChild(bubble);

    var replies = message.quick_replies || message.buttons || [];
    if (replies.length) {
      var group = el("div", "cw-replies");
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", "Suggested replies");
      replies.forEach(function (reply) {
        var button = el("button", "cw-reply", reply.title);
        button.type = "button";
        button.addEventListener("click", function () {
          sendMessage(String(reply.payload || reply.title), String(reply.title || ""));
        });
        group.appendChild(button);
      });
      ui.log.appendChild(group);
    }
    scrollDown();
  }

  function showGreeting() {
    ui.log.textContent = "";
    if (CONFIG.greeting) addBot({ text: CONFIG.greeting }, false);
  }

  function showHistory(messages) {
    showGreeting();
    messages.forEach(function (message) {
      if (message.sender === "user") {
        retireReplies(); // only the buttons after the last question can still be used
        addUser(message.text);
      } else {
        addBot(message, false);
      }
    });
  }

  function sendMessage(text, shown) {
    if (!text.trim()) return;
    retireReplies();
    addUser(shown || text);
    setTyping(true);
    var data = { message: text };
    if (sessionId) {
      data.session_id = sessionId;
      socket.emit("user_uttered", data);
    } else {
      pending.push(data);
    }
  }

  function setOpen(open) {
    ui.panel.hidden = !open;
    ui.frame.classList.toggle("cw--open", open);
    ui.launcher.setAttribute("aria-expanded", String(open));
    tabState.setItem(OPEN_KEY, open ? "1" : "");
    if (open) {
      ui.input.focus();
      scrollDown();
    }
  }

  ui.launcher.addEventListener("click", function () { setOpen(ui.panel.hidden); });
  ui.close.addEventListener("click", function () {
    setOpen(false);
    ui.launcher.focus();
  });
  ui.panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      setOpen(false);
      ui.launcher.focus();
    }
  });
  ui.form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = ui.input.value;
    ui.input.value = "";
    sendMessage(text);
  });

  var socket = io(CONFIG.socketUrl, { path: CONFIG.socketPath });
  socket.on("connect", function () {
    ui.status.textContent = "";
    socket.emit("session_request", { session_id: saved.getItem(SESSION_KEY) });
  });
  socket.on("session_confirm", function (id) {
    var previous = saved.getItem(SESSION_KEY);
    if (previous && previous !== id) showGreeting(); // that conversation is gone: start afresh
    sessionId = id;
    saved.setItem(SESSION_KEY, id);
    ui.frame.setAttribute("data-session-id", id);
    while (pending.length) {
      var data = pending.shift();
      data.session_id = id;
      socket.emit("user_uttered", data);
    }
  });
  socket.on("session_history", function (data) { showHistory((data && data.messages) || []); });
  socket.on("bot_uttered", function (message) {
    addBot(message || {}, true);
  });
  socket.on("bot_typing", function (data) { setTyping(Boolean(data && data.typing)); });
  socket.on("disconnect", function () { ui.status.textContent = "Reconnecting\u2026"; });
  socket.on("connect_error", function () {
    ui.status.textContent = "Can't reach the assistant right now. Trying again\u2026";
  });

  showGreeting();
  if (tabState.getItem(OPEN_KEY)) setOpen(true);
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start);
} else {
  start();
}
