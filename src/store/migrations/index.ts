// Every migration, by name. Names sort in the order they run; add new ones at the end.
import type { Migration } from 'kysely';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-training.js';
import * as m0003 from './0003-coach-links.js';
import * as m0004 from './0004-user-revision.js';
import * as m0005 from './0005-set-rest.js';
import * as m0006 from './0006-open-session-source.js';
import * as m0007 from './0007-deletions.js';
import * as m0008 from './0008-sign-in-throttle.js';
import * as m0009 from './0009-clean-control-characters.js';
import * as m0010 from './0010-round-feedback.js';
import * as m0011 from './0011-compound-calibration-and-band.js';
import * as m0012 from './0012-loose-sets-index.js';

export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-training': m0002,
  '0003-coach-links': m0003,
  '0004-user-revision': m0004,
  '0005-set-rest': m0005,
  '0006-open-session-source': m0006,
  '0007-deletions': m0007,
  '0008-sign-in-throttle': m0008,
  '0009-clean-control-characters': m0009,
  '0010-round-feedback': m0010,
  '0011-compound-calibration-and-band': m0011,
  '0012-loose-sets-index': m0012,
};
