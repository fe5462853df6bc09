import { createRestAdapter, type RestAdapter } from '@prefcenter/adapter-rest';
import { adapterContract } from '../shared/adapter-contract.js';
import { newCustomer, serverReady, type ServerSession } from './server.js';

function adapterFor(session: ServerSession, opened: RestAdapter[]): RestAdapter {
  const adapter = createRestAdapter({
    baseUrl: session.baseUrl,
    headers: { Authorization: `Bearer ${session.token}` },
    reconnectDelay: 100,
  });
  opened.push(adapter);
  return adapter;
}

before(async function () {
  // A ceiling for the server's start on a busy machine (PGlite's first start makes its template).
  this.timeout(300_000);
  await serverReady();
});

adapterContract('adapter-rest on the reference server', async () => {
  const session = await newCustomer();
  const opened: RestAdapter[] = [];
  return {
    adapter: adapterFor(session, opened),
    peer: () => adapterFor(session, opened),
    stranger: async () => adapterFor(await newCustomer(), opened),
    dispose: () => opened.forEach((adapter) => adapter.dispose()),
  };
});
