import { HubFoundation1764000000000 } from './1764000000000-HubFoundation';

/** The hub database's migrations, in order. Listed explicitly so source and build run the same set. */
export const hubMigrations = [HubFoundation1764000000000];
