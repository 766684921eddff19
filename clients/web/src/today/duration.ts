/** Hours and minutes of a span, for the catalogue's ICU plurals ("3 сата и 5 минута"). */
export function useDuration() {
  return (ms: number) => {
    const minutes = Math.max(0, Math.round(Math.abs(ms) / 60_000));
    return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
  };
}
