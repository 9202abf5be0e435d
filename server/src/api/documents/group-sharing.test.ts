import request from 'supertest';
import { TestIssuer } from '../../../test/oidc-issuer';
import { createTestService, type TestService } from '../../../test/test-service';

const VERMERK = `# Vermerk Bauantrag Gartenhaus

## Abstandsflächen

Das geplante Gartenhaus hält die Abstandsfläche von drei Metern zur Grundstücksgrenze nicht ein.
Eine Abweichung nach der Landesbauordnung wird nicht in Aussicht gestellt.
`;

describe('documents shared with a group (department)', () => {
  let issuer: TestIssuer;
  let test: TestService;
  beforeAll(async () => {
    issuer = await TestIssuer.start('ES256');
    test = await createTestService(issuer.environment());
  });
  afterAll(async () => {
    await test.close();
    await issuer.close();
  });

  const tokenWithGroups = (subject: string, groups: string[]) =>
    `Bearer ${test.service.deps.tokens.create({ subject, role: 'clerk', name: 'test', expiresAt: null, groups }).token}`;
  const upload = (authorization: string, fields: Record<string, string>, name = 'vermerk.md', content = VERMERK) => {
    let call = request(test.app).post('/api/v1/documents').set('Authorization', authorization);
    for (const [key, value] of Object.entries(fields)) call = call.field(key, value);
    return call.attach('file', Buffer.from(content), name);
  };
  const listedIds = async (authorization: string) =>
    ((await request(test.app).get('/api/v1/documents').set('Authorization', authorization).expect(200)).body.documents as Array<{ id: string }>).map((document) => document.id);
  const searchedIds = async (authorization: string) =>
    ((await request(test.app).post('/api/v1/search').set('Authorization', authorization).send({ query: 'Abstandsfläche Gartenhaus' }).expect(200))
      .body.results as Array<{ documentId: string }>).map((result) => result.documentId);

  it('shows a shared upload to group members in list, read, search and research, and to no one else', async () => {
    const owner = tokenWithGroups('max', ['/Bauamt']);
    const member = tokenWithGroups('erika', ['/Bauamt', '/Umweltamt']);
    const outsider = tokenWithGroups('otto', ['/Ordnungsamt']);
    const created = await upload(owner, { group: '/Bauamt' }).expect(201);
    expect(created.body.document).toMatchObject({ owner: 'max', shared: false, group: '/Bauamt' });
    const id = created.body.document.id as string;

    expect(await listedIds(member)).toContain(id);
    expect(await searchedIds(member)).toContain(id);
    const read = await request(test.app).get(`/api/v1/documents/${id}`).set('Authorization', member).expect(200);
    expect(read.body).toMatchObject({ group: '/Bauamt', pages: [expect.objectContaining({ text: VERMERK })] });
    const research = await request(test.app).post('/api/v1/research').set('Authorization', member)
      .send({ question: 'Hält das Gartenhaus die Abstandsfläche ein?' }).expect(200);
    expect(research.body.found).toBe(true);
    expect(research.body.citations.map((citation: { passage: { documentId: string } }) => citation.passage.documentId)).toContain(id);

    expect(await listedIds(outsider)).not.toContain(id);
    expect(await searchedIds(outsider)).not.toContain(id);
    await request(test.app).get(`/api/v1/documents/${id}`).set('Authorization', outsider).expect(404);
    const outsiderResearch = await request(test.app).post('/api/v1/research').set('Authorization', outsider)
      .send({ question: 'Hält das Gartenhaus die Abstandsfläche ein?' }).expect(200);
    expect(outsiderResearch.body.found).toBe(false);

    // Owner-only deletion stays: a member may read, not delete.
    await request(test.app).delete(`/api/v1/documents/${id}`).set('Authorization', member).expect(403);
    await request(test.app).delete(`/api/v1/documents/${id}`).set('Authorization', owner).expect(204);
    expect(await listedIds(member)).not.toContain(id);
  });

  it('takes group membership from the OIDC group claim, and passes it on to API tokens made with it', async () => {
    const owner = tokenWithGroups('max', ['/Bauamt']);
    const created = await upload(owner, { group: '/Bauamt' }, 'vermerk-2.md').expect(201);
    const id = created.body.document.id as string;
    const inBauamt = `Bearer ${await issuer.sign({ claims: { sub: 'kc-erika', groups: ['/Bauamt'] } })}`;
    const elsewhere = `Bearer ${await issuer.sign({ claims: { sub: 'kc-otto', groups: ['/Ordnungsamt'] } })}`;
    expect(await searchedIds(inBauamt)).toContain(id);
    expect(await searchedIds(elsewhere)).not.toContain(id);

    const minted = await request(test.app).post('/api/v1/tokens').set('Authorization', inBauamt).send({ name: 'Add-in', scopes: ['functions', 'documents:read'] }).expect(201);
    expect(minted.body).toMatchObject({ subject: 'oidc:kc-erika', groups: ['/Bauamt'] });
    expect(await listedIds(`Bearer ${minted.body.token}`)).toContain(id);
    await request(test.app).delete(`/api/v1/documents/${id}`).set('Authorization', owner).expect(204);
  });

  it('lets a clerk share only with their own groups, keeps the corpus apart, and lets a re-upload change the sharing', async () => {
    const owner = tokenWithGroups('max', ['/Bauamt']);
    const member = tokenWithGroups('erika', ['/Bauamt']);
    const refused = await upload(owner, { group: '/Kämmerei' }, 'vermerk-3.md').expect(403);
    expect(refused.body.type).toBe('urn:llmoin:problem:forbidden');
    await upload(test.admin, { shared: 'true', group: '/Bauamt' }, 'vermerk-3.md').expect(400);
    const all = await request(test.app).get('/api/v1/documents').set('Authorization', test.admin).expect(200);
    expect(all.body.documents.map((document: { source: string }) => document.source)).not.toContain('vermerk-3.md');

    const shared = await upload(owner, { group: '/Bauamt' }, 'vermerk-3.md').expect(201);
    const id = shared.body.document.id as string;
    expect(await listedIds(member)).toContain(id);
    const unshared = await upload(owner, {}, 'vermerk-3.md').expect(200);
    expect(unshared.body).toMatchObject({ status: 'unchanged', document: { id, group: null } });
    expect(await listedIds(member)).not.toContain(id);
    expect(await searchedIds(member)).not.toContain(id);
    const changed = await upload(owner, { group: '/Bauamt' }, 'vermerk-3.md', `${VERMERK}\nNachtrag: Rücksprache mit dem Bauherrn erfolgt.\n`).expect(200);
    expect(changed.body).toMatchObject({ status: 'updated', document: { id, group: '/Bauamt' } });
    expect(await searchedIds(member)).toContain(id);
  });
});
