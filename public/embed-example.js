// The host side of Podscope's postMessage API, as a blog or slide deck would write it: build each iframe's
// #yaml= link, send commands, and show the state each embed posts back (checking which iframe it came from).
const LEFT = `apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
spec:
  initContainers:
  - name: init-myservice
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 4']
  containers:
  - name: myapp
    image: busybox:1.36
    command: ['sh', '-c', 'echo The app is running! && sleep 3600']
`;
const RIGHT = `apiVersion: v1
kind: Pod
metadata:
  name: web-with-shipper
spec:
  volumes:
  - name: logs
    emptyDir: {}
  containers:
  - name: web
    image: nginx:1.27
    ports: [{containerPort: 80}]
    volumeMounts: [{name: logs, mountPath: /var/log/nginx}]
  - name: shipper
    image: fluent/fluent-bit:3.0
    volumeMounts: [{name: logs, mountPath: /logs, readOnly: true}]
`;
const CRASHING = `apiVersion: v1
kind: Pod
metadata:
  name: crashing-web
spec:
  containers:
  - name: web
    image: nginx:1.27
`;

/** base64url of the UTF-8 text: what Podscope's #yaml= links carry. */
function base64url(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const frames = { left: document.getElementById('left'), right: document.getElementById('right') };
frames.left.src = `./embed.html#yaml=${base64url(LEFT)}`;
frames.right.src = `./embed.html#yaml=${base64url(RIGHT)}`;
const embedOrigin = new URL('./embed.html', location.href).origin;

for (const button of document.querySelectorAll('button[data-target]')) {
  button.addEventListener('click', () => {
    const frame = frames[button.dataset.target];
    const command = button.dataset.command;
    const message =
      command === 'load-crash'
        ? { type: 'podscope:load', yaml: CRASHING, scenario: { actions: [{ container: 'web', exitCode: 1, after: 5 }] } }
        : { type: command };
    frame.contentWindow.postMessage(message, embedOrigin);
  });
}

window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'podscope:state' || typeof data.t !== 'number' || typeof data.status !== 'string') return;
  const side = Object.keys(frames).find((k) => frames[k].contentWindow === event.source);
  if (side) document.getElementById(`${side}-state`).textContent = `t=${data.t} status=${data.status}`;
});
