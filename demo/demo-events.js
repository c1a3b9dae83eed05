// Shows what a host page receives from the widget: the event name and its detail (ids and outcomes only).
const log = document.getElementById('demo-log');
for (const name of ['vw-started', 'vw-completed']) {
  document.addEventListener(name, (event) => {
    if (log) log.textContent += `${name} ${JSON.stringify(event.detail)}\n`;
  });
}
