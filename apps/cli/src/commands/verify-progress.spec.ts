import { ProgressBar, type ProgressOutput } from './verify-progress';

function output(isTTY: boolean): ProgressOutput & { text: string } {
  const out = {
    text: '',
    isTTY,
    write(chunk: string) {
      out.text += chunk;
      return true;
    },
  };
  return out;
}

describe('ProgressBar', () => {
  it('shows the share done, the counts, the rate and the time left', () => {
    let now = 0;
    const bar = new ProgressBar(output(true), 'verify', {
      unit: 'events',
      width: 10,
      now: () => now,
    });
    now = 4_000;
    expect(bar.line(100_000, 300_000)).toBe(
      'verify [███░░░░░░░]  33%  100,000/300,000 events · 25,000/s · ETA 0:08',
    );
  });

  it('redraws one line in place on a terminal, at most every redraw interval', () => {
    let now = 0;
    const out = output(true);
    const bar = new ProgressBar(out, 'verify', { unit: 'events', now: () => now, redrawMs: 100 });
    now = 1000;
    bar.update(10, 100);
    now = 1050;
    bar.update(20, 100); // too soon: skipped
    now = 1200;
    bar.update(30, 100);
    bar.finish(100, 100);
    expect(out.text.split('\r\x1b[2K')).toHaveLength(4);
    expect(out.text).toContain(' 30% ');
    expect(out.text).not.toContain(' 20% ');
    expect(out.text.endsWith('took 0:01\n')).toBe(true);
  });

  it('writes whole lines now and then into a log', () => {
    let now = 0;
    const out = output(false);
    const bar = new ProgressBar(out, 'verify', {
      unit: 'events',
      now: () => now,
      logEveryMs: 5000,
    });
    for (let second = 1; second <= 12; second++) {
      now = second * 1000;
      bar.update(second, 12);
    }
    bar.finish(12, 12);
    expect(out.text).not.toContain('\r');
    expect(out.text.trim().split('\n')).toHaveLength(4); // at 1 s, 6 s, 11 s and the end
  });
});
