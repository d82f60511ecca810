// The pod from the article Podscope is made for (shared/article/multi-container-pods.md), verbatim,
// including its invalid `metadata: sauce`: the app loads it by default and explains that line.
export const ARTICLE_POD_YAML = `apiVersion: v1
kind: Pod
metadata: sauce
spec:
  containers:
  - name: myapp-container
    image: busybox:1.28
    command: ['sh', '-c', 'echo The app is running! && sleep 3600']
  initContainers:
  - name: init-myservice
    image: busybox
    command: ['sh', '-c', 'git clone <some-repository-that-will-be-used-by-application> ;']
`;
