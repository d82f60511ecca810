// Saving something the page made as a file: an <a download> pressed for the user.
export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  downloadUrl(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a pod name: Kubernetes names are safe already, anything pasted is made so. */
export function fileNameFor(podName: string, suffix: string): string {
  const base = podName.replace(/[^a-zA-Z0-9._-]+/g, '-').slice(0, 80) || 'pod';
  return `${base}${suffix}`;
}
