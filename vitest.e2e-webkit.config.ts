import { e2eProject } from './vitest.e2e.shared.ts';

export default e2eProject('webkit');
