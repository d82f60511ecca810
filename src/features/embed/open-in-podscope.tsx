// "Open in Podscope": the full app, on the same pod, scenario and time. The link is made when it is about to be
// used (hover, focus, press), not on every frame of playback.
import { useState } from 'react';
import { podscopeStore } from '../../store/use-podscope';
import { appLink } from '../../store/url-sync';

export function OpenInPodscope() {
  const [href, setHref] = useState(() => appLink(podscopeStore));
  const refresh = () => setHref(appLink(podscopeStore));
  return (
    <a className="embed-open" href={href} target="_blank" rel="noopener" onPointerEnter={refresh} onFocus={refresh} onPointerDown={refresh}>
      Open in Podscope
    </a>
  );
}
