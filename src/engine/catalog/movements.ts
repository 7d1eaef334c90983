import type { EquipmentItem, Movement, Muscle } from '../types.js';

// The six blade movements (docs/system.md, The six blade movements). Protraction's
// movers are standard anatomy. Latissimus is secondary only in retraction and
// downward rotation, where it acts mostly through the arm and is weighted lower
// (docs/methods.md, Volume counting); in depression it is a prime mover.
export const MOVEMENTS: Movement[] = [
  {
    id: 'retraction',
    name: 'Retraction',
    bladeAction: 'The blades draw in toward each other behind you.',
    primeMovers: ['middle_trapezius', 'rhomboids'],
    secondaryMovers: ['latissimus_dorsi'],
    fullContraction: 'blades pinched together toward the spine',
    drill: {
      name: 'Blade squeeze',
      cue: 'Arms long and relaxed, pinch the blades together behind you, hold a beat, let them drift apart.',
    },
  },
  {
    id: 'protraction',
    name: 'Protraction',
    bladeAction: 'The blades spread apart and travel around the sides of the chest.',
    primeMovers: ['serratus_anterior', 'pectoralis_minor'],
    secondaryMovers: [],
    fullContraction: 'blades spread wide around the ribs, arms long',
    drill: {
      name: 'Plank push-away',
      cue: 'From a push-up or wall plank with straight elbows, push the floor away until the upper back rounds, then let the chest sink between the blades.',
    },
  },
  {
    id: 'elevation',
    name: 'Elevation',
    bladeAction: 'The blades rise toward the ears.',
    primeMovers: ['upper_trapezius', 'levator_scapulae'],
    secondaryMovers: [],
    fullContraction: 'shoulders up at the ears',
    drill: {
      name: 'Ear reach',
      cue: 'Arms hanging, lift both shoulders straight up as high as they go, hold, lower slowly.',
    },
  },
  {
    id: 'depression',
    name: 'Depression',
    bladeAction: 'The blades slide down the back, away from the ears.',
    primeMovers: ['lower_trapezius', 'pectoralis_minor', 'latissimus_dorsi'],
    secondaryMovers: [],
    fullContraction: 'shoulders pressed down, away from the ears',
    drill: {
      name: 'Tall neck',
      cue: 'Seated with hands on the bench beside you and elbows straight, press down through the hands so the neck grows long and the shoulders drop.',
    },
  },
  {
    id: 'downward_rotation',
    name: 'Downward rotation',
    bladeAction: 'The blades turn so the shoulder sockets tip toward the floor.',
    primeMovers: ['rhomboids', 'pectoralis_minor', 'levator_scapulae'],
    secondaryMovers: ['latissimus_dorsi'],
    fullContraction: 'down and in at the bottom: blades turned so the shoulders tip toward the floor',
    drill: {
      name: 'Pocket pull',
      cue: 'Arms overhead, draw the lower tips of the blades down and in toward the back pockets without bending the elbows, then let the arms float back up.',
    },
  },
  {
    id: 'upward_rotation',
    name: 'Upward rotation',
    bladeAction: 'The blades turn so the shoulder sockets tip toward the ceiling.',
    primeMovers: ['serratus_anterior', 'upper_trapezius', 'lower_trapezius'],
    secondaryMovers: [],
    fullContraction: 'blades turned up, arms overhead, shoulders tipped toward the ceiling',
    drill: {
      name: 'Wall reach',
      cue: 'Forearms on a wall, slide them up and reach a little higher at the top so the blades wrap up and around, then settle.',
    },
  },
];

export const MUSCLES: Muscle[] = [
  { id: 'middle_trapezius', name: 'Middle trapezius', scapular: true, view: 'back' },
  { id: 'upper_trapezius', name: 'Upper trapezius', scapular: true, view: 'back' },
  { id: 'lower_trapezius', name: 'Lower trapezius', scapular: true, view: 'back' },
  { id: 'rhomboids', name: 'Rhomboids', scapular: true, view: 'back' },
  { id: 'latissimus_dorsi', name: 'Latissimus dorsi', scapular: true, view: 'back' },
  { id: 'serratus_anterior', name: 'Serratus anterior', scapular: true, view: 'front' },
  { id: 'pectoralis_minor', name: 'Pectoralis minor', scapular: true, view: 'front' },
  { id: 'levator_scapulae', name: 'Levator scapulae', scapular: true, view: 'back' },
  { id: 'pectoralis_major', name: 'Pectoralis major', scapular: false, view: 'front' },
  { id: 'anterior_deltoid', name: 'Front deltoid', scapular: false, view: 'front' },
  { id: 'rear_deltoid', name: 'Rear deltoid', scapular: false, view: 'back' },
  { id: 'triceps', name: 'Triceps', scapular: false, view: 'back' },
  { id: 'biceps', name: 'Biceps', scapular: false, view: 'front' },
  { id: 'forearms', name: 'Forearms', scapular: false, view: 'front' },
  { id: 'spinal_erectors', name: 'Spinal erectors', scapular: false, view: 'back' },
  { id: 'glutes', name: 'Glutes', scapular: false, view: 'back' },
  { id: 'hamstrings', name: 'Hamstrings', scapular: false, view: 'back' },
  { id: 'quadriceps', name: 'Quadriceps', scapular: false, view: 'front' },
];

export const EQUIPMENT: EquipmentItem[] = [
  { id: 'adjustable_bench', name: 'Adjustable bench' },
  { id: 'dumbbells', name: 'Dumbbells' },
  { id: 'barbell', name: 'Barbell and plates' },
  { id: 'landmine', name: 'Landmine' },
  { id: 'rack_with_catches', name: 'Power rack with safety catches' },
  { id: 'dip_station', name: 'Dip station' },
  { id: 'dip_belt', name: 'Dip belt' },
  { id: 'lat_pulldown', name: 'Lat-pulldown machine' },
  { id: 'pullup_bar', name: 'Pull-up bar' },
  { id: 'assistance_band', name: 'Assistance band' },
  { id: 'weight_belt', name: 'Weight belt' },
  { id: 'lifting_straps', name: 'Lifting straps' },
  { id: 'resistance_band', name: 'Resistance band' },
  { id: 'knee_pad', name: 'Knee pad or folded towel' },
];
