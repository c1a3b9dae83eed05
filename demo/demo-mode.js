// The demo's mode toggle: a host-page control that sets the widget's `mode` attribute (inwoner / wijkteam).
// Changing the attribute starts a fresh widget (README "Embedding"), so no answers carry over.
const toggle = document.getElementById('demo-mode');
const widget = document.querySelector('voorzieningen-wijzer');
if (toggle && widget) {
  toggle.addEventListener('change', () => {
    if (toggle.checked) widget.setAttribute('mode', 'professional');
    else widget.removeAttribute('mode');
  });
}
