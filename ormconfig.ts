import 'reflect-metadata';
import { createHubDataSource } from './src/runtime/hub-data-source';

/**
 * The hub database for the TypeORM CLI, e.g.
 *   HUB_DATABASE_URL=$(npx mediation-hub db url hub) npx typeorm migration:show -d dist/ormconfig.js
 * The hub itself runs migrations on start (`mediation-hub start`, `mediation-hub migrate`).
 */
export default createHubDataSource(process.env.HUB_DATABASE_URL ?? 'postgres://localhost/mediation_hub');
