import type { Combo } from '../types.js';

// The seven combos of the system (domain.md). Every combo: work up to a load good
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
      'Use an incline that lets the arms stretch fully at the bottom of each row.',
      'After the last row let the dumbbells hang, pinch the blades together, hold, and let the weight spread them again.',
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
    cues: ['Row one arm at a time with the free hand braced on your leg or a bench.'],
    safety: [
      'Skip the standing bent-over barbell row here: the lower back usually gives out before the blade muscles do, and the set ends early.',
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
      'After the last press keep the elbows locked and push the bar higher by wrapping the blades around the ribs.',
      'Lower the bar only by drawing the blades back together.',
    ],
    safety: ['Set the rack\'s safety catches within reach before the first rep.'],
  },
  {
    id: 'deadlift_elevation',
    number: 4,
    name: 'Deadlift + shrug',
    movement: 'elevation',
    compounds: ['barbell_deadlift'],
    shrug: 'barbell_shrug',
    // Deadlifts taken close to failure at lighter loads bring heavy whole-body
    // fatigue, which would spoil the shrug; so a 6-8 rep load (domain.md).
    repRange: { min: 6, max: 8 },
    targetRir: { min: 2, max: 3 },
    shrugPauseSeconds: 1,
    fitsAfter: ['hinge', 'horizontal_pull', 'vertical_pull', 'squat'],
    cues: [
      'End the last deadlift standing at lockout, 2-3 reps short of failure, and shrug at once.',
      'Shoulders as high as they go, hold at the top.',
    ],
    safety: ['Wear lifting straps so your grip does not end the shrug early.'],
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
      'After the last dip keep the elbows locked and the body upright.',
      'Let the torso sink toward the floor, then push the top of your head toward the ceiling so the blades slide down your back.',
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
      'After the last pull let the arms and blades be drawn up.',
      'Then pull the lower corners of the blades out of the armpits as if starting another rep, squeeze down and in, and let them be drawn back up.',
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
      'Kneel on the working side\'s knee, on a pad or a folded towel.',
      'After the last press keep the bar up and the elbow straight: let the blade sink, then reach up into the room, settle, repeat.',
      'A resistance band looped over the bar adds load at the top of both the press and the shrug.',
    ],
    safety: [],
  },
];
