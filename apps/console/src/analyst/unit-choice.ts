import { useSearchParams } from 'react-router';
import { useScopeRoot } from '../shell/scope';

/** The unit a dashboard or roster shows: `?unit=` (from the tree), else the root of the scope. */
export function useChosenUnit(): [string | undefined, (unit: string) => void] {
  const root = useScopeRoot();
  const [params, setParams] = useSearchParams();
  const unit = params.get('unit') ?? root;
  return [
    unit,
    (next) =>
      setParams((before) => {
        const after = new URLSearchParams(before);
        after.set('unit', next);
        return after;
      }),
  ];
}
