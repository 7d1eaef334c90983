import type { Combo } from '../types.js';

// The seven combos of the system (docs/system.md). Every combo: work up to a load good
// for the rep range, stop the compound 2-3 reps short of failure, then with no rest
// take the shrug to failure, pausing at full contraction on every rep.
const STANDARD = { repRange: { min: 8, max: 12 }, targetRir: { min: 2, max: 3 }, shrugPauseSeconds: 1 };

export const COMBOS: Combo[] = [
  {
    id: 'incline_row_retraction',
    number: 1,
    name: 'Incline row + retraction shrug',
    movement: 'retraction',
    compounds: ['incline_db_row'],
    shrug: 'incline_retraction_shrug',
    ...STANDARD,
    fitsAfter: ['horizontal_pull', 'vertical_pull'],
    cues: [
      'Choose a bench angle that leaves your arms room to hang long and straight.',
      'Last row done, keep the arms long: draw the shoulder blades toward each other, hold a beat, then let the dumbbells drag them wide.',
    ],
    safety: [],
  },
  {
    id: 'one_arm_row_retraction',
    number: 2,
    name: 'One-arm row + retraction shrug',
    movement: 'retraction',
    compounds: ['one_arm_db_row', 'landmine_row'],
    shrug: 'one_arm_retraction_shrug',
    ...STANDARD,
    fitsAfter: ['horizontal_pull', 'vertical_pull'],
    cues: ['Work one side at a time and prop your other hand on a bench or your thigh.'],
    safety: [
      'Leave the standing barbell row out of this combo: your lower back tires first and cuts the set short before the blades have worked.',
    ],
  },
  {
    id: 'floor_press_protraction',
    number: 3,
    name: 'Floor press + protraction shrug',
    movement: 'protraction',
    compounds: ['barbell_floor_press'],
    shrug: 'protraction_shrug',
    ...STANDARD,
    fitsAfter: ['horizontal_press', 'dip', 'vertical_press'],
    cues: [
      'Top of the last press, arms rigid: reach the bar toward the ceiling by spreading the blades around your chest.',
      'Bring it back down with the blades alone, pinching them toward your spine.',
    ],
    safety: ['Before your first rep, set the catches at a height the bar can drop onto.'],
  },
  {
    id: 'deadlift_elevation',
    number: 4,
    name: 'Deadlift + shrug',
    movement: 'elevation',
    compounds: ['barbell_deadlift'],
    shrug: 'barbell_shrug',
    // Deadlifts taken close to failure at lighter loads bring heavy whole-body
    // fatigue, which would spoil the shrug; so a 6-8 rep load (docs/system.md, combo 4).
    repRange: { min: 6, max: 8 },
    targetRir: { min: 2, max: 3 },
    shrugPauseSeconds: 1,
    fitsAfter: ['hinge', 'horizontal_pull', 'vertical_pull', 'squat'],
    cues: [
      'Finish the final deadlift standing tall with 2-3 reps still in you, then go straight into the shrug.',
      'Pull your shoulders toward your ears as far as they travel and hold briefly each time.',
    ],
    safety: ['Strap in: a tired grip should never be what ends the shrug.'],
  },
  {
    id: 'dip_depression',
    number: 5,
    name: 'Dip + depression shrug',
    movement: 'depression',
    compounds: ['weighted_dip'],
    shrug: 'dip_depression_shrug',
    ...STANDARD,
    fitsAfter: ['dip', 'horizontal_press', 'vertical_press'],
    cues: [
      'Finish the last dip on straight arms with your chest tall.',
      'Drop between your shoulders, then grow as tall as you can through the crown, pressing the blades toward your back pockets.',
    ],
    safety: [],
  },
  {
    id: 'pulldown_downward_rotation',
    number: 6,
    name: 'Pulldown + downward-rotation shrug',
    movement: 'downward_rotation',
    compounds: ['lat_pulldown', 'pull_up'],
    shrug: 'downward_rotation_shrug',
    ...STANDARD,
    fitsAfter: ['vertical_pull', 'horizontal_pull'],
    cues: [
      'After the final rep, let the weight stretch your arms and shoulder blades upward.',
      'Then, elbows straight, start a pull with the blades alone: tips down and in toward your spine, a short hold, and let them rise again.',
    ],
    safety: [],
  },
  {
    id: 'landmine_press_upward_rotation',
    number: 7,
    name: 'Landmine press + upward-rotation shrug',
    movement: 'upward_rotation',
    compounds: ['half_kneeling_landmine_press'],
    shrug: 'landmine_upward_rotation_shrug',
    ...STANDARD,
    fitsAfter: ['vertical_press', 'horizontal_press', 'dip'],
    cues: [
      'Kneel on the pressing side with a cushion under that knee; a folded towel does the job.',
      'Leave the bar up after the last press, elbow locked: let the shoulder blade drop, stretch the bar up and away as far as it goes, settle, and go again.',
      'Optional: loop a resistance band over the bar to make the top of every press and shrug harder.',
    ],
    safety: [],
  },
];
