// "Open in Podscope": the full app, on the same pod, scenario and time. The link is made when it is about to be
// used (hover, focus, press), not on every frame of playback, and again once the link compressor has loaded (it
// comes after the first paint; until then the link is the plain, longer `yaml=` form).
import { useEffect, useState } from 'react';
import { podscopeStore } from '../../store/use-podscope';
import { loadLinkCodec } from '../../store/link-codec';
import { appLink } from '../../store/url-sync';

export function OpenInPodscope() {
  const [href, setHref] = useState(() => appLink(podscopeStore));
  const refresh = () => setHref(appLink(podscopeStore));
  useEffect(() => {
    let mounted = true;
    void loadLinkCodec().then(() => mounted && setHref(appLink(podscopeStore)));
    return () => {
      mounted = false;
    };
  }, []);
  return (
    <a className="embed-open" href={href} target="_blank" rel="noopener" onPointerEnter={refresh} onFocus={refresh} onPointerDown={refresh}>
      Open in Podscope
    </a>
  );
}
