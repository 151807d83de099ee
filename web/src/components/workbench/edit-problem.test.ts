import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { changedBy } from './EditProblem';

const conflict = (detail: string, errors: { path: string; message: string }[] = []) =>
  new ApiError(
    409,
    { type: 'about:blank', title: 'Conflict', status: 409, code: 'conflict', detail, errors } as never,
    detail,
  );

describe('who changed the item, from a 409', () => {
  it('reads the name from the detail, periods in the name included', () => {
    expect(
      changedBy(
        conflict(
          'Item x was changed since you read it. Last changed by A. Seitkali. Reload the item and edit it again.',
        ),
      ),
    ).toBe('A. Seitkali');
  });
  it('prefers a changedBy field error', () => {
    expect(changedBy(conflict('…', [{ path: 'changedBy', message: 'Bolat' }]))).toBe('Bolat');
  });
  it('is null when nobody is named, or the answer is not a conflict', () => {
    expect(changedBy(conflict('Item x was changed since you read it. Reload the item.'))).toBeNull();
    expect(changedBy(new ApiError(400, null, 'Last changed by B. Reload'))).toBeNull();
  });
});
