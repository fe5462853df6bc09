import { expect } from '@open-wc/testing';
import { AdapterError, type ChangeMeta } from '@prefcenter/core';
import { ActionRunner, type ActionNotice } from '../../../packages/core/src/controller/action-runner.js';
import { Deferred } from '../../shared/deferred.js';

interface Call {
  meta: ChangeMeta;
  answer: Deferred<string>;
}

function setup(options: { timeout?: number; version?: number } = {}) {
  const calls: Call[] = [];
  const notices: ActionNotice[] = [];
  const retries: (() => void)[] = [];
  let updates = 0;
  const runner = new ActionRunner({
    timeout: () => options.timeout ?? 60_000,
    version: () => options.version ?? 7,
    onSettled: (notice, attempt) => {
      notices.push(notice);
      retries.push(attempt.retry);
    },
    requestUpdate: () => void (updates += 1),
  });
  const call = (meta: ChangeMeta) => {
    const answer = new Deferred<string>();
    calls.push({ meta, answer });
    return answer.promise;
  };
  return { runner, calls, notices, retries, call, updates: () => updates };
}

describe('ActionRunner', () => {
  it('is pending while the call runs, then done with its result, and says so once', async () => {
    const { runner, calls, notices, call, updates } = setup();
    expect(runner.state('verify', 'sms').status).to.equal('idle');
    const settled = runner.run('verify', 'sms', call);
    expect(runner.state('verify', 'sms').status).to.equal('pending');
    expect(updates()).to.be.greaterThan(0);
    expect(calls[0]!.meta.version).to.equal(7);
    expect(calls[0]!.meta.idempotencyKey).to.be.a('string').and.not.equal('');
    calls[0]!.answer.resolve('ok');
    expect(await settled).to.deep.equal({ status: 'done', result: 'ok' });
    expect(runner.state('verify', 'sms')).to.deep.equal({ status: 'done', result: 'ok' });
    expect(notices).to.deep.equal([{ type: 'action-done', action: 'verify', target: 'sms' }]);
  });

  it('starts nothing on a second click while the first runs: both wait for the one call', async () => {
    const { runner, calls, call } = setup();
    const first = runner.run('verify', 'sms', call);
    const second = runner.run('verify', 'sms', call);
    expect(calls.length).to.equal(1);
    calls[0]!.answer.resolve('ok');
    expect(await second).to.deep.equal(await first);
  });

  it('keeps each target apart, ids that name Object.prototype members included', async () => {
    const { runner, calls, call } = setup();
    const runs = ['__proto__', 'constructor', 'toString', 'sms'].map((target) => runner.run('verify', target, call));
    expect(calls.length).to.equal(4);
    calls[0]!.answer.reject(new AdapterError('network', 'offline'));
    calls[1]!.answer.resolve('ok');
    await Promise.all(runs.slice(0, 2));
    expect(runner.state('verify', '__proto__').status).to.equal('failed');
    expect(runner.state('verify', 'constructor').status).to.equal('done');
    expect(runner.state('verify', 'toString').status).to.equal('pending');
    expect(runner.state('verify', 'hasOwnProperty').status).to.equal('idle');
    expect(({} as Record<string, unknown>).status).to.equal(undefined);
  });

  it('turns any failure into an AdapterError, and Retry sends the same idempotency key', async () => {
    const { runner, calls, notices, retries, call } = setup();
    const settled = runner.run('remove', 'card-1', call);
    calls[0]!.answer.reject(new TypeError('Failed to fetch'));
    const failed = await settled;
    expect(failed.status).to.equal('failed');
    expect(failed.error).to.be.instanceOf(AdapterError);
    expect(failed.error!.kind).to.equal('network');
    expect(notices.at(-1)).to.include({ type: 'action-failed', action: 'remove', target: 'card-1' });

    retries.at(-1)!();
    expect(runner.state('remove', 'card-1').status).to.equal('pending');
    expect(calls.length).to.equal(2);
    expect(calls[1]!.meta.idempotencyKey).to.equal(calls[0]!.meta.idempotencyKey);
    calls[1]!.answer.resolve('removed');
    await runner.retry('remove', 'card-1');
    expect(runner.state('remove', 'card-1')).to.deep.equal({ status: 'done', result: 'removed' });
  });

  it('gives the Retry of a conflict a new key: the refused request was never applied', async () => {
    const { runner, calls, call } = setup();
    const settled = runner.run('pause', '', call);
    calls[0]!.answer.reject(new AdapterError('conflict', 'stale'));
    expect((await settled).error!.kind).to.equal('conflict');
    void runner.retry('pause');
    expect(calls[1]!.meta.idempotencyKey).to.not.equal(calls[0]!.meta.idempotencyKey);
  });

  it('retries nothing that did not fail, and a new run is a new request', async () => {
    const { runner, calls, call } = setup();
    expect(runner.retry('verify', 'sms')).to.equal(undefined);
    const settled = runner.run('verify', 'sms', call);
    calls[0]!.answer.resolve('ok');
    await settled;
    expect(runner.retry('verify', 'sms')).to.equal(undefined);
    void runner.run('verify', 'sms', call);
    expect(calls.length).to.equal(2);
    expect(calls[1]!.meta.idempotencyKey).to.not.equal(calls[0]!.meta.idempotencyKey);
  });

  it('gives up on a call that never answers, as a timeout, and aborts its signal', async () => {
    const { runner, calls, call } = setup({ timeout: 5 });
    const settled = await runner.run('export', '', call);
    expect(settled.status).to.equal('failed');
    expect(settled.error!.kind).to.equal('timeout');
    expect(calls[0]!.meta.signal.aborted).to.equal(true);
  });

  it('aborts what runs when the widget leaves, back to idle and unannounced', async () => {
    const { runner, calls, notices, call } = setup();
    const settled = runner.run('verify', 'sms', call);
    runner.abortAll();
    expect(calls[0]!.meta.signal.aborted).to.equal(true);
    expect(await settled).to.deep.equal({ status: 'idle' });
    expect(runner.state('verify', 'sms').status).to.equal('idle');
    expect(notices).to.deep.equal([]);
  });

  it('lets no answer of a reset or cleared action land', async () => {
    const { runner, calls, notices, call } = setup();
    const reset = runner.run('verify', 'sms', call);
    const cleared = runner.run('verify', 'push', call);
    runner.reset('verify', 'sms');
    runner.clear();
    calls[0]!.answer.resolve('late');
    calls[1]!.answer.resolve('late');
    expect((await reset).status).to.equal('idle');
    expect((await cleared).status).to.equal('idle');
    expect(runner.state('verify', 'sms').status).to.equal('idle');
    expect(runner.state('verify', 'push').status).to.equal('idle');
    expect(notices).to.deep.equal([]);
  });
});
