import { benchPorts } from '../../bench/targets';

describe('the benchmark server ports', () => {
  it('default to 4100-4102 and follow BENCH_OURS_PORT, BENCH_FLOOR_PORT, BENCH_PEER_PORT', () => {
    expect(benchPorts({})).toEqual({ ours: 4100, floor: 4101, peer: 4102 });
    expect(benchPorts({ BENCH_OURS_PORT: '4330', BENCH_FLOOR_PORT: '4331', BENCH_PEER_PORT: '4332' })).toEqual({
      ours: 4330,
      floor: 4331,
      peer: 4332,
    });
  });

  it('refuses a value that is not a port', () => {
    expect(() => benchPorts({ BENCH_PEER_PORT: 'abc' })).toThrow(/BENCH_PEER_PORT must be a port/);
  });
});
