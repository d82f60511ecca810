// How pod time reads on screen and in narration: "12 s", "1 min 5 s", "1 h 2 min". A pure formatter shared by the views.
export function formatPodTime(seconds: number): string {
  const s = Math.max(0, seconds);
  if (s < 60) return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
  const whole = Math.floor(s);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  if (h > 0) return `${h} h ${m} min`;
  return rest ? `${m} min ${rest} s` : `${m} min`;
}
