// loadPod's messages mark field names and values with backticks (`metadata`); the views show those as code.

export interface MessagePart {
  text: string;
  code: boolean;
}

/** Split a message at its backticks: odd parts are code. An unpaired backtick is kept as plain text. */
export function messageParts(message: string): MessagePart[] {
  const pieces = message.split('`');
  if (pieces.length % 2 === 0) return [{ text: message, code: false }];
  return pieces.map((text, i) => ({ text, code: i % 2 === 1 })).filter((p) => p.text !== '');
}

/** The message as DOM nodes, for CodeMirror's lint tooltip. */
export function messageNodes(message: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of messageParts(message)) {
    if (part.code) {
      const code = document.createElement('code');
      code.textContent = part.text;
      fragment.append(code);
    } else {
      fragment.append(part.text);
    }
  }
  return fragment;
}
