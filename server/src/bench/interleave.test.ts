import { interleave, rotation } from './interleave';

describe('rotation', () => {
  it('rotates the arm order every round', () => {
    expect([0, 1, 2, 3].map((round) => rotation(3, round))).toEqual([[0, 1, 2], [1, 2, 0], [2, 0, 1], [0, 1, 2]]);
  });
});

describe('interleave', () => {
  it('calls the arms in rotated order, drops warm-ups and keeps results aligned per arm', async () => {
    const calls: string[] = [];
    let counter = 0;
    const arm = (name: string) => ({ name, run: async () => { calls.push(name); counter += 1; return `${name}${counter}`; } });
    const rounds: number[] = [];
    const results = await interleave([arm('a'), arm('b')], { rounds: 2, warmups: 1, pauseMs: 0, onRound: (round) => rounds.push(round) });
    expect(calls).toEqual(['a', 'b', 'b', 'a', 'a', 'b']);
    expect(results.map((arm) => arm.map((measured) => measured.value))).toEqual([['a4', 'a5'], ['b3', 'b6']]);
    expect(results[0]?.[0]?.mainThreadBusy).toBeGreaterThanOrEqual(0);
    expect(rounds).toEqual([0, 1]);
  });
});
