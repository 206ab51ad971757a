// Live updates of the training pages without reloading: step, elapsed time, gates and
// whether the Rasa server runs the live model. Text is always set with textContent.
(function () {
  "use strict";
  var run = document.getElementById("run");
  var live = document.getElementById("live");
  if (!run && !live) {
    return;
  }
  var url = run ? run.dataset.poll : live.dataset.poll;

  function setText(element, value) {
    if (element) {
      element.textContent = value;
    }
  }

  function listItems(lines) {
    var list = document.createElement("ul");
    lines.forEach(function (line) {
      var item = document.createElement("li");
      item.textContent = line;
      list.appendChild(item);
    });
    return list;
  }

  function renderGates(gates) {
    var box = document.getElementById("gates");
    if (!box) {
      return;
    }
    box.replaceChildren();
    gates.forEach(function (gate) {
      var div = document.createElement("div");
      div.className = "gate " + (gate.passed ? "passed" : "failed");
      div.dataset.gate = gate.name;
      var heading = document.createElement("h3");
      heading.textContent = (gate.passed ? "Passed: " : "FAILED: ") + gate.title;
      var summary = document.createElement("p");
      summary.textContent = gate.summary;
      div.appendChild(heading);
      div.appendChild(summary);
      if (gate.details.length) {
        div.appendChild(listItems(gate.details));
      }
      if (gate.warnings.length) {
        var more = document.createElement("details");
        var label = document.createElement("summary");
        label.textContent = gate.warnings.length + " note(s)";
        more.appendChild(label);
        more.appendChild(listItems(gate.warnings));
        div.appendChild(more);
      }
      box.appendChild(div);
    });
  }

  function updateRun(data) {
    var status = document.getElementById("run-status");
    setText(status, data.status_label);
    if (status) {
      status.className = "status-" + data.status;
    }
    setText(document.getElementById("run-elapsed"), String(data.elapsed));
    setText(document.getElementById("run-outcome"), data.error || "");
    setText(document.getElementById("run-model"), data.model_path || "not trained yet");
    run.dataset.active = data.active ? "yes" : "no";
    run.dataset.status = data.status;
    data.steps.forEach(function (step) {
      var row = run.querySelector('tr[data-step="' + step.name + '"]');
      if (!row) {
        return;
      }
      row.className = "step-" + step.status;
      setText(row.querySelector(".status"), step.status);
      setText(row.querySelector(".seconds"), step.seconds === null ? "" : step.seconds + " s");
      setText(row.querySelector(".detail"), step.detail || "");
    });
    renderGates(data.gates);
  }

  function updateLive(data) {
    if (!live) {
      return;
    }
    setText(document.getElementById("live-model"), data.model || "No model has been published yet.");
    var rasa = document.getElementById("live-rasa");
    if (rasa) {
      rasa.textContent = data.confirmed
        ? "The Rasa server runs it (since " + data.confirmed_at + " UTC)."
        : "Waiting for the Rasa server to load it.";
      rasa.dataset.confirmed = data.confirmed ? "yes" : "no";
    }
    live.dataset.model = data.model;
    live.dataset.confirmed = data.confirmed ? "yes" : "no";
  }

  function poll() {
    fetch(url, { credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("status " + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        if (data.run) {
          updateRun(data.run);
        }
        updateLive(data.live);
      })
      .catch(function () {})
      .then(function () {
        window.setTimeout(poll, 1000);
      });
  }
  poll();
})();
