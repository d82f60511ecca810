// "Preset": choose a ready-made pod and scenario, grouped by the article's sections (DESIGN.md's contract name).
import { usePodscope } from '../../store/use-podscope';
import { PRESET_GROUPS, presetById, selectShownPresetId } from './preset-files';
import './presets.css';

export function PresetPicker() {
  // The preset's id, not the text: typing into a pod of one's own re-renders nothing here.
  const shown = usePodscope(selectShownPresetId);
  const applyPreset = usePodscope((s) => s.applyPreset);

  return (
    <label className="preset-picker">
      <span className="preset-picker-label">Preset</span>
      <select
        value={shown ?? ''}
        onChange={(e) => {
          const preset = presetById(e.target.value);
          if (preset) applyPreset(preset);
        }}
      >
        {shown === null && <option value="">Your own pod</option>}
        {PRESET_GROUPS.map((g) => (
          <optgroup key={g.section} label={g.title}>
            {g.presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
