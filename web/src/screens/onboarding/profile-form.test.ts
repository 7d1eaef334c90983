// The set-up form's checks: each step names what to fix, in the lifter's terms,
// with the same limits as the server.
import { describe, expect, it } from 'vitest';
import { commercialGym } from '../../../../src/engine/inventory-presets.js';
import { ApiError } from '../../api/client.js';
import { toDraft } from '../../equipment/inventory-draft.js';
import { EMPTY_FORM, serverErrors, toProfileBody, validateForm, validateStep, type ProfileForm } from './profile-form.js';

const complete: ProfileForm = {
  unit: 'kg',
  bodyweight: '82.5',
  experience: 'intermediate',
  split: 'upper_lower',
  days: ['mon', 'tue', 'thu', 'fri'],
  customDays: {},
  preset: 'commercial',
  equipment: toDraft(commercialGym('kg')),
};

describe('set-up form validation', () => {
  it('asks for units and a bodyweight first', () => {
    expect(validateStep(EMPTY_FORM, 'body')).toEqual({ unit: 'Choose kilograms or pounds.', bodyweight: 'Must be a number.' });
  });

  it('checks bodyweight against the limits of the chosen unit', () => {
    expect(validateStep({ ...complete, bodyweight: '20' }, 'body').bodyweight).toBe('Must be between 25 and 400 kg.');
    expect(validateStep({ ...complete, unit: 'lb', bodyweight: '180' }, 'body')).toEqual({});
    expect(validateStep({ ...complete, bodyweight: '82,5' }, 'body')).toEqual({});
  });

  it('needs an experience level', () => {
    expect(validateStep({ ...complete, experience: null }, 'experience').experience).toBeDefined();
  });

  it('refuses a number of days the split cannot fill, saying which it takes', () => {
    expect(validateStep({ ...complete, split: 'push_pull_legs', days: ['mon', 'wed'] }, 'week').days).toBe(
      'Push / pull / legs runs on 3 or 6 days a week; you picked 2.',
    );
    expect(validateStep({ ...complete, split: null }, 'week').split).toBe('Choose how you split your week.');
    expect(validateStep(complete, 'week')).toEqual({});
  });

  it('needs a gym, and names each equipment field that is wrong', () => {
    expect(validateStep({ ...complete, equipment: null }, 'equipment').preset).toBe('Choose the kind of gym you train in.');
    const draft = { ...complete.equipment!, barWeight: 'heavy', plates: [{ weight: '20', pairs: '1.5' }], dumbbells: '5, ten' };
    const errors = validateStep({ ...complete, equipment: draft }, 'equipment').equipment!;
    expect(Object.keys(errors).sort()).toEqual(['barWeight', 'dumbbells', 'plates.0.pairs']);
  });

  it('turns a complete form into the profile body with a full inventory', () => {
    expect(validateForm(complete)).toEqual({});
    const body = toProfileBody(complete);
    expect(body).toMatchObject({ unit: 'kg', bodyweight: 82.5, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'] });
    expect(body.equipment).toEqual(commercialGym('kg'));
  });

  it('sends the lifter to the step holding the field the server refused', () => {
    const err = new ApiError(400, 'bad_request', 'That week does not work', [{ field: 'days', message: 'upper_lower takes 2, 3 or 4 days, not 5' }]);
    expect(serverErrors(err)).toEqual({ step: 'week', errors: { days: 'Upper_lower takes 2, 3 or 4 days, not 5.' } });
    expect(serverErrors(new ApiError(0, 'offline', 'no connection'))).toBeNull();
  });
});
