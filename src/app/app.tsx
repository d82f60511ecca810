// The full app: the editor on the left, the pod and its timeline on the right.
import { LazySpecEditor } from '../features/editor/lazy-spec-editor';
import { LazyBuilderForm } from '../features/builder/lazy-builder-form';
import { SpecTabs } from '../features/builder/spec-tabs';
import { ContainerDetails } from '../features/canvas/container-details';
import { PodCanvas } from '../features/canvas/pod-canvas';
import { EventsLog } from '../features/timeline/events-log';
import { PlaybackControls } from '../features/timeline/playback-controls';
import { PodStatus } from '../features/timeline/pod-status';
import { TimelineScrubber } from '../features/timeline/timeline-scrubber';
import { usePlaybackClock } from '../features/timeline/use-playback-clock';
import { useStepKeys } from '../features/timeline/use-step-keys';
import { PresetPicker } from '../features/presets/preset-picker';
import { NarrationPanel } from '../features/narration/narration-panel';
import { LessonPanel } from '../features/lessons/lesson-panel';
import { LessonToggle } from '../features/lessons/lesson-toggle';
import { ViewErrorBoundary } from './error-boundary';
import { HeaderActions } from './header-actions';
import './app.css';

export function App() {
  usePlaybackClock();
  useStepKeys();
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">
          <img src="./favicon.svg" alt="" width="24" height="24" /> Podscope
        </h1>
        <p className="app-tagline">Paste a pod spec and watch the kubelet bring it to life, step by step.</p>
        <PresetPicker />
        <LessonToggle />
        <HeaderActions />
      </header>
      <LessonPanel />
      <main className="app-main">
        <section className="app-editor" aria-label="Editor">
          <SpecTabs yaml={<LazySpecEditor />} form={<LazyBuilderForm />} />
        </section>
        <section className="app-pod" aria-label="Pod">
          {/* The picture can fail apart from the editor, which stays usable to fix the spec that broke it. */}
          <ViewErrorBoundary what="The pod view" scope="section">
            <PodStatus />
            <PlaybackControls />
            <TimelineScrubber />
            {/* The canvas right under the controls: narration of varying length below it never moves the picture. */}
            <PodCanvas />
            <NarrationPanel />
            <ContainerDetails />
            <EventsLog />
          </ViewErrorBoundary>
        </section>
      </main>
    </div>
  );
}
