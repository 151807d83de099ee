import { describe, expect, it } from 'vitest';
import { defaultPair } from './default-pair';

const e = (id: string, standardId: string) => ({ id, standardId });

describe('defaultPair', () => {
  it('compares nothing with no edition or one', () => {
    expect(defaultPair([])).toBeNull();
    expect(defaultPair([e('order-262-2023', 'social-work')])).toBeNull();
  });

  it('compares the newest edition with the one before it of the same standard', () => {
    const list = [
      e('order-5-2026', 'social-work'),
      e('order-262-2023', 'social-work'),
      e('order-1-2020', 'social-work'),
    ];
    expect(defaultPair(list)).toEqual({ from: 'order-262-2023', to: 'order-5-2026' });
  });

  it('never compares editions of different standards: a newer standard of one edition is passed over', () => {
    const list = [e('order-9-2026', 'tourism'), e('order-5-2026', 'social-work'), e('order-262-2023', 'social-work')];
    expect(defaultPair(list)).toEqual({ from: 'order-262-2023', to: 'order-5-2026' });
    expect(defaultPair([e('order-9-2026', 'tourism'), e('order-262-2023', 'social-work')])).toBeNull();
  });
});
