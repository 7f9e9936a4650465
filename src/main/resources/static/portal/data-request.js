// The personal-data page: file a request (receipt shown once), follow it with its tracking code, and once it is carried
// out read the data. The code travels only in request bodies, never in an address or in storage.
let followed = null;

document.getElementById('data-request-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const summary = document.getElementById('error');
  const data = Object.fromEntries(new FormData(form));
  data.declarationAccepted = form.elements.declarationAccepted.checked;
  try {
    const receipt = await portal.post('/api/public/data-requests', data);
    portal.clearProblems(form, summary);
    document.getElementById('request-number').textContent = receipt.requestNumber;
    document.getElementById('access-code').textContent = receipt.accessCode;
    document.getElementById('follow-form').elements.number.value = receipt.requestNumber;
    form.hidden = true;
    document.querySelector('main > .intro').hidden = true;
    portal.keepReceipt(document.getElementById('result'), receipt.accessCode);
  } catch (error) {
    portal.showProblems(form, summary, error);
  }
});

document.getElementById('follow-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const number = String(form.elements.number.value).trim().toUpperCase();
  const accessCode = String(form.elements.accessCode.value).trim();
  try {
    const status = await portal.post('/api/public/data-requests/' + encodeURIComponent(number) + '/status', { accessCode });
    followed = { number, accessCode };
    document.getElementById('follow-error').replaceChildren();
    show(status);
  } catch (error) {
    followed = null;
    document.getElementById('status').hidden = true;
    portal.showError(document.getElementById('follow-error'), error);
  }
});

function setText(id, arabic, english) {
  const element = document.getElementById(id);
  element.textContent = arabic;
  element.dataset.ar = arabic;
  element.dataset.en = english || arabic;
}

function show(status) {
  setText('stage', status.stageAr, status.stageEn);
  setText('type', status.requestTypeAr, status.requestTypeEn);
  setText('received', status.receivedOnDisplay, status.receivedOn);
  const open = Boolean(status.due);
  document.getElementById('due-label').hidden = !open;
  document.getElementById('due').hidden = !open;
  if (open) { setText('due', status.dueDisplay, status.due); }
  const extension = document.getElementById('extension');
  extension.hidden = !status.extended;
  if (status.extended) {
    setText('extension', 'مُدّدت مدة الرد مرة واحدة، والسبب: ' + status.extensionReason,
      'The answer was extended once. Reason: ' + status.extensionReason);
  }
  const refusal = document.getElementById('refusal');
  refusal.hidden = !status.refusalReason;
  if (status.refusalReason) {
    setText('refusal', 'السبب: ' + status.refusalReason, 'Reason: ' + status.refusalReason);
  }
  const exportForm = document.getElementById('export-form');
  exportForm.hidden = !status.exportAvailable;
  document.getElementById('status').hidden = false;
  portal.applyLanguage();
}

// The printable page opens in a new tab from a posted form: the code goes in the body with the CSRF token.
document.getElementById('export-form').addEventListener('submit', async (event) => {
  const form = event.target;
  if (!form.elements._csrf.value) {
    event.preventDefault();
    const response = await fetch('/api/public/csrf', { credentials: 'same-origin' });
    form.elements._csrf.value = (await response.json()).token;
    form.requestSubmit();
    return;
  }
  form.action = '/api/public/data-requests/' + encodeURIComponent(followed.number) + '/export';
  form.elements.accessCode.value = followed.accessCode;
});

document.getElementById('download').addEventListener('click', async () => {
  try {
    const file = await portal.post('/api/public/data-requests/' + encodeURIComponent(followed.number) + '/export',
      { accessCode: followed.accessCode });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    link.download = followed.number + '.json';
    link.click();
    URL.revokeObjectURL(link.href);
  } catch (error) {
    portal.showError(document.getElementById('follow-error'), error);
  }
});
