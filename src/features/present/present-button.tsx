// "Present": switches the page to the presentation (and #present into the link, so it can be shared that way).
import { podscopeStore } from '../../store/use-podscope';
import { setView } from '../../store/url-sync';

export function PresentButton() {
  return (
    <button type="button" onClick={() => setView(podscopeStore, 'present')} title="Presentation mode: keyboard driven, large type">
      Present
    </button>
  );
}
