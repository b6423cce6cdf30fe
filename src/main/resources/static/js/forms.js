// Progressive enhancement only: every form works without this file.
// A form marked data-processing shows that the server is working once it is submitted.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.hasAttribute('data-processing')) {
    return;
  }
  var button = form.querySelector('button[type="submit"]');
  if (button && button.dataset.processingText) {
    button.disabled = true;
    button.textContent = button.dataset.processingText;
    form.setAttribute('aria-busy', 'true');
  }
});
