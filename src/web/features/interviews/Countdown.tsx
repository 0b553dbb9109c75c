import { useEffect, useState } from 'react';
import { countdown } from './time.ts';

/** "in 2 days and 3 hours", kept current every half minute; quiet for screen readers. */
export function Countdown({ startsAt }: { startsAt: string }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return <strong className="countdown">{countdown(startsAt, now)}</strong>;
}
