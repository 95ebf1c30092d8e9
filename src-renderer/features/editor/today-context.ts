import { createContext, useContext } from 'react';

// Today in China by the app's clock ('YYYY-MM-DD'), as main last answered it: the machine's own clock may differ,
// and "not after today" must mean what main means by it.
export const TodayContext = createContext<string | null>(null);

export function useToday(): string {
  const today = useContext(TodayContext);
  if (today === null) throw new Error('useToday outside a TodayContext');
  return today;
}
