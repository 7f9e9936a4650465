// The form is on the page only with the token of the survey's link (PortalPages); without it there is nothing to send.
const surveyForm = document.getElementById('survey-form');
if (surveyForm) {
  surveyForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const token = new URLSearchParams(location.search).get('token') || '';
    const summary = document.getElementById('error');
    try {
      await portal.post('/api/public/surveys/' + encodeURIComponent(token),
        { score: Number(form.get('score')), comment: form.get('comment') });
      event.target.hidden = true;
      document.getElementById('thanks').hidden = false;
    } catch (error) {
      portal.showProblems(event.target, summary, error);
    }
  });
}
