/**
 * A throwaway local Neo4j for one tool (the quick bench, the soak, the fault run), beside the dev,
 * test and bench instances: the bench instance's settings with its own home and ports (each
 * settable by environment), so two tools never share a data folder or a port. Instance names are
 * a closed list in neo4j/localNeo4j.ts; these differ from `bench` by home and ports only.
 */
import * as path from 'node:path';
import { INSTANCES_DIR, instanceFor, type LocalInstance } from '../neo4j/localNeo4j';

export interface SideInstanceSpec {
  /** Folder under neo4j/.instances. */
  home: string;
  bolt: { variable: string; port: number };
  http: { variable: string; port: number };
  password?: string;
}

export function sideInstance(spec: SideInstanceSpec, env: NodeJS.ProcessEnv = process.env): LocalInstance {
  const bench = instanceFor('bench', env);
  return {
    ...bench,
    boltPort: Number(env[spec.bolt.variable] || spec.bolt.port),
    httpPort: Number(env[spec.http.variable] || spec.http.port),
    home: path.join(INSTANCES_DIR, spec.home),
    password: spec.password ?? bench.password,
    heap: '512m',
    pageCache: '256m',
    throwaway: true,
  };
}
