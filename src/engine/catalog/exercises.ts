import type { Exercise } from '../types.js';

type Def = Omit<Exercise, 'kind' | 'movement' | 'optional' | 'unilateral' | 'setup' | 'cues' | 'safety'> &
  Partial<Pick<Exercise, 'optional' | 'unilateral' | 'setup' | 'cues' | 'safety' | 'movement'>>;

function compound(d: Def): Exercise {
  return { kind: 'compound', movement: null, optional: [], unilateral: false, setup: [], cues: [], safety: [], ...d };
}
function shrug(d: Def & { movement: Exercise['movement'] }): Exercise {
  return { kind: 'shrug', optional: [], unilateral: false, setup: [], cues: [], safety: [], ...d };
}

// Rows list the traps as secondary: a row counts half toward them (Pelland et al.
// 2024/2025; docs/methods.md, Volume counting). Rhomboids stay prime: only the traps
// are demoted.

/** The compounds the seven combos start with. */
const COMBO_COMPOUNDS: Exercise[] = [
  compound({
    id: 'incline_db_row',
    name: 'Chest-supported incline dumbbell row',
    pattern: 'horizontal_pull',
    loading: 'dumbbell',
    requires: ['adjustable_bench', 'dumbbells'],
    primeMuscles: ['latissimus_dorsi', 'rhomboids'],
    secondaryMuscles: ['middle_trapezius', 'rear_deltoid', 'biceps', 'forearms'],
    setup: [
      'Lower the backrest until your arms hang straight beneath you with room to spare.',
      'Lie chest-down with a dumbbell in each hand.',
    ],
    cues: ['Row both dumbbells toward the hips.', 'Let the arms straighten all the way between reps.'],
  }),
  compound({
    id: 'one_arm_db_row',
    name: 'One-arm dumbbell row',
    pattern: 'horizontal_pull',
    loading: 'dumbbell',
    unilateral: true,
    requires: ['dumbbells'],
    optional: ['adjustable_bench'],
    primeMuscles: ['latissimus_dorsi', 'rhomboids'],
    secondaryMuscles: ['middle_trapezius', 'rear_deltoid', 'biceps', 'forearms'],
    setup: ['Lean on a bench or your thigh with the other hand so your torso rests on it, not on your lower back.'],
    cues: ['Row one side at a time, elbow toward the hip.'],
    safety: ['Keep the spine neutral; the brace arm carries the torso, not the lower back.'],
  }),
  compound({
    id: 'landmine_row',
    name: 'One-arm landmine row',
    pattern: 'horizontal_pull',
    loading: 'landmine',
    unilateral: true,
    requires: ['barbell', 'landmine'],
    primeMuscles: ['latissimus_dorsi', 'rhomboids'],
    secondaryMuscles: ['middle_trapezius', 'rear_deltoid', 'biceps', 'forearms'],
    setup: ['Stand side-on to the loaded sleeve and prop the other hand on your thigh or a bench.'],
    cues: ['Row the sleeve toward the hip with one arm.'],
    safety: ['Let the propped arm hold your torso up so your lower back stays fresh.'],
  }),
  compound({
    id: 'barbell_floor_press',
    name: 'Barbell floor press',
    pattern: 'horizontal_press',
    loading: 'barbell',
    requires: ['barbell', 'rack_with_catches'],
    primeMuscles: ['pectoralis_major', 'triceps'],
    secondaryMuscles: ['anterior_deltoid', 'serratus_anterior'],
    setup: ['Lie down inside the rack and set the catches low enough to stay out of the way, high enough to take the bar if you stall.'],
    cues: ['Lower until the upper arms touch the floor, pause, press.'],
    safety: ['Never floor press a barbell without catches: you will be pinned if a rep fails.'],
  }),
  compound({
    id: 'barbell_deadlift',
    name: 'Barbell deadlift',
    pattern: 'hinge',
    loading: 'barbell',
    requires: ['barbell'],
    optional: ['lifting_straps'],
    primeMuscles: ['glutes', 'hamstrings', 'spinal_erectors'],
    secondaryMuscles: ['quadriceps', 'upper_trapezius', 'forearms', 'latissimus_dorsi'],
    setup: ['Strap your hands to the bar: the shrug should stop because your traps give out, not your fingers.'],
    cues: ['Finish the last rep standing tall at lockout and keep hold of the bar.'],
    safety: ['Brace before every rep; stop the set the moment the back rounds.'],
  }),
  compound({
    id: 'weighted_dip',
    name: 'Dip (weighted with a belt, or band-assisted)',
    pattern: 'dip',
    loading: 'bodyweight',
    requires: ['dip_station'],
    optional: ['dip_belt', 'assistance_band'],
    primeMuscles: ['pectoralis_major', 'triceps'],
    secondaryMuscles: ['anterior_deltoid', 'pectoralis_minor'],
    setup: ['Hang extra load from a dip belt if bodyweight alone is too light for the rep range.'],
    cues: ['Lower under control, press back to straight elbows.'],
    safety: ['Stop the descent where the front of the shoulder stays comfortable.'],
  }),
  compound({
    id: 'lat_pulldown',
    name: 'Lat pulldown',
    pattern: 'vertical_pull',
    loading: 'machine',
    requires: ['lat_pulldown'],
    primeMuscles: ['latissimus_dorsi'],
    secondaryMuscles: ['biceps', 'rhomboids', 'forearms'],
    cues: ['Pull the bar to the upper chest, then let it rise until the arms are straight.'],
  }),
  compound({
    id: 'pull_up',
    name: 'Pull-up (band-assisted or belt-weighted)',
    pattern: 'vertical_pull',
    loading: 'bodyweight',
    requires: ['pullup_bar'],
    optional: ['assistance_band', 'weight_belt', 'dip_belt'],
    primeMuscles: ['latissimus_dorsi'],
    secondaryMuscles: ['biceps', 'rhomboids', 'forearms'],
    setup: ['Loop a band under the knees or feet if you cannot reach the rep range; add a belt once you pass it.'],
    cues: ['Pull the chest toward the bar, lower to a full hang.'],
  }),
  compound({
    id: 'half_kneeling_landmine_press',
    name: 'Half-kneeling landmine press',
    pattern: 'vertical_press',
    loading: 'landmine',
    unilateral: true,
    requires: ['barbell', 'landmine'],
    optional: ['knee_pad', 'resistance_band'],
    primeMuscles: ['anterior_deltoid', 'pectoralis_major', 'triceps'],
    secondaryMuscles: ['serratus_anterior', 'upper_trapezius'],
    setup: ['Knee down on the pressing side with padding under it, the opposite foot planted ahead.'],
    cues: ['Press the sleeve up and forward until the elbow is straight.'],
  }),
];

/**
 * The isolation shrug of each combo, done with the compound's own implement. A
 * shrug's `loading` is only its usual implement: progression builds the shrug's
 * load with the loading of the variant the lifter logged (docs/system.md: the shrug uses the same weights).
 */
const SHRUGS: Exercise[] = [
  shrug({
    id: 'incline_retraction_shrug',
    name: 'Chest-supported retraction shrug',
    movement: 'retraction',
    pattern: null,
    loading: 'dumbbell',
    requires: ['adjustable_bench', 'dumbbells'],
    primeMuscles: ['middle_trapezius', 'rhomboids'],
    secondaryMuscles: ['latissimus_dorsi'],
    cues: ['Elbows straight, squeeze the blades toward each other, hold, and let the dumbbells spread them.'],
  }),
  shrug({
    id: 'one_arm_retraction_shrug',
    name: 'One-arm retraction shrug',
    movement: 'retraction',
    pattern: null,
    loading: 'dumbbell',
    unilateral: true,
    // Done with whatever the row used: a dumbbell or the landmine's sleeve.
    requires: [],
    primeMuscles: ['middle_trapezius', 'rhomboids'],
    secondaryMuscles: ['latissimus_dorsi'],
    cues: ['Arm long, tuck the shoulder blade in behind you, hold, then let the weight reach it forward.'],
  }),
  shrug({
    id: 'protraction_shrug',
    name: 'Floor-press protraction shrug',
    movement: 'protraction',
    pattern: null,
    loading: 'barbell',
    requires: ['barbell', 'rack_with_catches'],
    primeMuscles: ['serratus_anterior', 'pectoralis_minor'],
    secondaryMuscles: [],
    cues: ['Arms locked, punch the bar up by rounding the blades around your chest; hold, then pinch them back to lower it.'],
  }),
  shrug({
    id: 'barbell_shrug',
    name: 'Barbell shrug',
    movement: 'elevation',
    pattern: null,
    loading: 'barbell',
    requires: ['barbell'],
    optional: ['lifting_straps'],
    primeMuscles: ['upper_trapezius', 'levator_scapulae'],
    secondaryMuscles: [],
    cues: ['Standing tall at lockout, hike your shoulders up to your ears, hold, and lower under control.'],
  }),
  shrug({
    id: 'dip_depression_shrug',
    name: 'Dip-bar depression shrug',
    movement: 'depression',
    pattern: null,
    loading: 'bodyweight',
    requires: ['dip_station'],
    optional: ['dip_belt', 'assistance_band'],
    primeMuscles: ['lower_trapezius', 'pectoralis_minor', 'latissimus_dorsi'],
    secondaryMuscles: [],
    cues: ['Arms locked and chest up, drop between your shoulders, then stand tall through the crown and press the blades toward your back pockets.'],
  }),
  shrug({
    id: 'downward_rotation_shrug',
    name: 'Downward-rotation shrug',
    movement: 'downward_rotation',
    pattern: null,
    loading: 'machine',
    requires: [],
    primeMuscles: ['rhomboids', 'pectoralis_minor', 'levator_scapulae'],
    secondaryMuscles: ['latissimus_dorsi'],
    cues: ['Arms straight above you, sweep the tips of the blades down and in toward your spine, hold, and let the load lift them back.'],
  }),
  shrug({
    id: 'landmine_upward_rotation_shrug',
    name: 'Landmine upward-rotation shrug',
    movement: 'upward_rotation',
    pattern: null,
    loading: 'landmine',
    unilateral: true,
    requires: ['barbell', 'landmine'],
    optional: ['resistance_band'],
    primeMuscles: ['serratus_anterior', 'upper_trapezius', 'lower_trapezius'],
    secondaryMuscles: [],
    cues: ['Elbow locked, let the blade drop, then stretch the bar up and away so the blade\'s tip swings toward your armpit; hold and settle.'],
  }),
];

/** Compounds lifters commonly already do; the generator places combos after them. */
const OTHER_COMPOUNDS: Exercise[] = [
  compound({
    id: 'barbell_row',
    name: 'Standing bent-over barbell row',
    pattern: 'horizontal_pull',
    loading: 'barbell',
    requires: ['barbell'],
    primeMuscles: ['latissimus_dorsi', 'rhomboids'],
    secondaryMuscles: ['middle_trapezius', 'spinal_erectors', 'rear_deltoid', 'biceps'],
    safety: ['Kept out of the retraction combos: the lower back usually tires before the upper back does.'],
  }),
  compound({ id: 'seated_cable_row', name: 'Seated cable row', pattern: 'horizontal_pull', loading: 'machine', requires: [], primeMuscles: ['latissimus_dorsi', 'rhomboids'], secondaryMuscles: ['middle_trapezius', 'biceps', 'rear_deltoid'] }),
  compound({ id: 'bench_press', name: 'Barbell bench press', pattern: 'horizontal_press', loading: 'barbell', requires: ['barbell'], primeMuscles: ['pectoralis_major', 'triceps'], secondaryMuscles: ['anterior_deltoid'] }),
  compound({ id: 'db_bench_press', name: 'Dumbbell bench press', pattern: 'horizontal_press', loading: 'dumbbell', requires: ['dumbbells', 'adjustable_bench'], primeMuscles: ['pectoralis_major', 'triceps'], secondaryMuscles: ['anterior_deltoid'] }),
  compound({ id: 'incline_bench_press', name: 'Incline bench press', pattern: 'horizontal_press', loading: 'barbell', requires: ['barbell', 'adjustable_bench'], primeMuscles: ['pectoralis_major', 'anterior_deltoid'], secondaryMuscles: ['triceps'] }),
  compound({ id: 'overhead_press', name: 'Standing overhead press', pattern: 'vertical_press', loading: 'barbell', requires: ['barbell'], primeMuscles: ['anterior_deltoid', 'triceps'], secondaryMuscles: ['upper_trapezius', 'serratus_anterior'] }),
  compound({ id: 'chin_up', name: 'Chin-up', pattern: 'vertical_pull', loading: 'bodyweight', requires: ['pullup_bar'], primeMuscles: ['latissimus_dorsi', 'biceps'], secondaryMuscles: ['rhomboids'] }),
  compound({ id: 'back_squat', name: 'Back squat', pattern: 'squat', loading: 'barbell', requires: ['barbell'], primeMuscles: ['quadriceps', 'glutes'], secondaryMuscles: ['spinal_erectors', 'hamstrings'] }),
  compound({ id: 'front_squat', name: 'Front squat', pattern: 'squat', loading: 'barbell', requires: ['barbell'], primeMuscles: ['quadriceps', 'glutes'], secondaryMuscles: ['spinal_erectors'] }),
  compound({ id: 'leg_press', name: 'Leg press', pattern: 'squat', loading: 'machine', requires: [], primeMuscles: ['quadriceps', 'glutes'], secondaryMuscles: ['hamstrings'] }),
  compound({ id: 'romanian_deadlift', name: 'Romanian deadlift', pattern: 'hinge', loading: 'barbell', requires: ['barbell'], primeMuscles: ['hamstrings', 'glutes'], secondaryMuscles: ['spinal_erectors', 'forearms'] }),
  // Stand-ins a plan gives a gym without a barbell (program/splits.ts OWN_LIFT_STAND_INS).
  compound({ id: 'goblet_squat', name: 'Goblet squat', pattern: 'squat', loading: 'dumbbell', requires: ['dumbbells'], primeMuscles: ['quadriceps', 'glutes'], secondaryMuscles: ['spinal_erectors'] }),
  compound({ id: 'db_romanian_deadlift', name: 'Dumbbell Romanian deadlift', pattern: 'hinge', loading: 'dumbbell', requires: ['dumbbells'], primeMuscles: ['hamstrings', 'glutes'], secondaryMuscles: ['spinal_erectors', 'forearms'] }),
  compound({ id: 'db_shoulder_press', name: 'Dumbbell shoulder press', pattern: 'vertical_press', loading: 'dumbbell', requires: ['dumbbells'], primeMuscles: ['anterior_deltoid', 'triceps'], secondaryMuscles: ['upper_trapezius', 'serratus_anterior'] }),
  compound({ id: 'push_up', name: 'Push-up', pattern: 'horizontal_press', loading: 'bodyweight', requires: [], primeMuscles: ['pectoralis_major', 'triceps'], secondaryMuscles: ['anterior_deltoid', 'serratus_anterior'] }),
];

export const EXERCISES: Exercise[] = [...COMBO_COMPOUNDS, ...SHRUGS, ...OTHER_COMPOUNDS];
