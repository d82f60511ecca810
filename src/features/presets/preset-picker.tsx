// "Preset": choose a ready-made pod and scenario, grouped by the article's sections (DESIGN.md's contract name).
import { selectActivePresetId } from '../../store/preset-slice';
import { usePodscope } from '../../store/use-podscope';
import { PRESET_GROUPS, presetById, shownPresetId } from './preset-files';
import './presets.css';

export function PresetPicker() {
  const activeId = usePodscope(selectActivePresetId);
  const specText = usePodscope((s) => s.specText);
  const applyPreset = usePodscope((s) => s.applyPreset);
  const shown = shownPresetId(activeId, specText);

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
