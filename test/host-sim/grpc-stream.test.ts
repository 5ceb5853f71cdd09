// host-sim's gRPC streams (proxy_grpc_stream / proxy_grpc_send / close / cancel and the stream
// callbacks), driven through fixtures/grpc-stream, a raw module that logs every event it sees.
// The expected log lines are what the same module logs in Envoy 1.40 against a real gRPC server
// (minus the `date` header that server added): see the comment at the top of host-sim/grpc.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { compileModule, repoRoot } from '../../bin/cli/build.ts';
import { HostError, Host, ModuleTrapError, type PendingGrpcStream, type Vm } from '../../host-sim/index.ts';

const OUT = 'build/fixtures/host-sim-grpc-stream.wasm';
let MODULE = '';

beforeAll(async () => {
  await compileModule({ name: 'host-sim-grpc-stream', entry: 'test/host-sim/fixtures/grpc-stream/assembly/index.ts', outFile: OUT });
  MODULE = `${repoRoot}/${OUT}`;
});

const GET = { ':method': 'GET', ':path': '/', ':authority': 'a' };
const OPEN = { 'x-op': 'open', 'x-cluster': 'sidecar', 'x-service': 'svc.S', 'x-method': 'Echo' };

async function start(config = '', onTrap: 'throw' | 'fail-closed' = 'throw') {
  const host = new Host({ clusters: ['sidecar'], onTrap });
  const vm = await host.startVm({ module: MODULE, pluginConfiguration: config });
  /** One request through the module; the HTTP stream is returned unfinished. */
  const request = (headers: Record<string, string>) => {
    const s = vm.newHttpStream();
    s.sendRequestHeaders({ ...GET, ...headers }, { endOfStream: true });
    return s;
  };
  let seen = 0;
  /** The log lines since the last call. */
  const lines = () => {
    const out = vm.logs.slice(seen).map((l) => l.message);
    seen = vm.logs.length;
    return out;
  };
  return { host, vm, request, lines };
}

const only = (vm: Vm): PendingGrpcStream => {
  const streams = vm.pendingGrpcStreams();
  expect(streams).toHaveLength(1);
  return streams[0]!;
};

const text = (m: { message: Uint8Array; endStream: boolean }) => [new TextDecoder().decode(m.message), m.endStream];

describe('host-sim gRPC streams', () => {
  it('opens a stream, records what the module sends, and delivers metadata, messages, trailers and the close to the root context', async () => {
    const { vm, request, lines } = await start('reply');
    request({ ...OPEN, 'x-send': '2', 'x-end': '1' });
    expect(lines()).toEqual([
      'open rc=0 token=6',
      'outside im-pairs=0:0 im-get=2 im-size=2 buf=0:0',
      'send rc=0',
      'send rc=0',
    ]);
    const st = only(vm);
    expect(st).toMatchObject({
      token: 6, cluster: 'sidecar', serviceName: 'svc.S', method: 'Echo', metadata: [['x-tenant', 't1']],
      contextId: 1, localClosed: true, state: 'open',
    });
    expect(new TextDecoder().decode(st.grpcService)).toBe('sidecar');
    expect(st.sent.map(text)).toEqual([['ping-1', false], ['ping-2', true]]);

    st.receiveInitialMetadata({ 'x-a': '1', 'x-b': '2' });
    st.receive('pong:ping-1');
    st.receive('pong:ping-2');
    st.close(0, '', { 'x-t': 'z' });
    expect(lines()).toEqual([
      'im ctx=1 token=6 n=4 pairs=[:status=200,content-type=application/grpc,x-a=1,x-b=2] get(x-a)=0:1 size=2',
      'msg ctx=1 token=6 size=11 body=pong:ping-1 im-pairs=0:0',
      'send rc=0', // after the module's end_stream: an Ok no-op
      'msg ctx=1 token=6 size=11 body=pong:ping-2 im-pairs=0:0',
      'send rc=0',
      'tm ctx=1 token=6 n=2 pairs=[grpc-status=0,x-t=z] get(grpc-status)=0:0',
      'close ctx=1 token=6 status=0 get_status=0:0:via_upstream',
    ]);
    expect(st.sent).toHaveLength(2);
    expect(st.state).toBe('closed');
    expect(vm.pendingGrpcStreams()).toEqual([]);
    expect(vm.logs.filter((l) => /^(im|msg|tm|close) /.test(l.message)).every((l) => l.contextId === 1)).toBe(true);
    expect(() => st.receive('late')).toThrow(HostError);
    expect(() => st.receive('late')).toThrow(/gRPC stream 6 to sidecar is closed by the server already/);
  });

  it('reports a server error through trailers and proxy_get_status, a trailers-only answer and a failure without trailers', async () => {
    const { vm, request, lines } = await start();
    request({ ...OPEN, 'x-send': '1', 'x-end': '1' });
    const failing = only(vm);
    failing.receiveInitialMetadata({ 'x-a': '1' });
    failing.receive('pong:ping-1');
    failing.close(13, 'boom', { 'x-t': 'z' });
    request({ ...OPEN, 'x-method': 'Deny' });
    only(vm).close(7, 'denied');
    request({ ...OPEN, 'x-method': 'Down' });
    only(vm).fail(14, 'upstream connect error');
    expect(lines().filter((l) => !/^(outside|send) /.test(l))).toEqual([
      'open rc=0 token=6',
      'im ctx=1 token=6 n=3 pairs=[:status=200,content-type=application/grpc,x-a=1] get(x-a)=0:1 size=2',
      'msg ctx=1 token=6 size=11 body=pong:ping-1 im-pairs=0:0',
      'tm ctx=1 token=6 n=3 pairs=[grpc-status=13,grpc-message=boom,x-t=z] get(grpc-status)=0:13',
      'close ctx=1 token=6 status=13 get_status=0:13:boom{via_upstream}',
      'open rc=0 token=10',
      'im ctx=1 token=10 n=0 pairs=[] get(x-a)=1: size=2',
      'tm ctx=1 token=10 n=4 pairs=[:status=200,content-type=application/grpc,grpc-status=7,grpc-message=denied] get(grpc-status)=0:7',
      'close ctx=1 token=10 status=7 get_status=0:7:denied{via_upstream}',
      'open rc=0 token=14',
      'tm ctx=1 token=14 n=0 pairs=[] get(grpc-status)=1:',
      'close ctx=1 token=14 status=14 get_status=0:14:upstream connect error',
    ]);
    expect(vm.pendingGrpcStreams()).toEqual([]);
  });

  it('cancels a stream on proxy_grpc_cancel: no callback follows and the token is gone', async () => {
    const { vm, request, lines } = await start();
    request({ ...OPEN, 'x-send': '1', 'x-after': 'cancel' });
    expect(lines()).toEqual(['open rc=0 token=6', 'outside im-pairs=0:0 im-get=2 im-size=2 buf=0:0', 'send rc=0', 'cancel rc=0']);
    expect(vm.pendingGrpcStreams()).toEqual([]);
    request({ 'x-op': 'send', 'x-token': '6', 'x-msg': 'after' });
    request({ 'x-op': 'close', 'x-token': '6' });
    request({ 'x-op': 'cancel', 'x-token': '6' });
    expect(lines()).toEqual(['send rc=1', 'close rc=1', 'cancel rc=1']);

    // Cancelled from its own message callback: the server can no longer answer.
    const other = await start('cancel-on-msg');
    other.request({ ...OPEN });
    const st = only(other.vm);
    st.receive('pong');
    expect(other.lines().slice(2)).toEqual([
      'im ctx=1 token=6 n=2 pairs=[:status=200,content-type=application/grpc] get(x-a)=1: size=2',
      'msg ctx=1 token=6 size=4 body=pong im-pairs=0:0',
      'cancel rc=0',
    ]);
    expect(st.state).toBe('cancelled');
    expect(() => st.close()).toThrow(/gRPC stream 6 to sidecar is cancelled/);
    expect(other.lines()).toEqual([]);
  });

  it('half-closes on proxy_grpc_close: the answer still arrives, then the token is gone', async () => {
    const { vm, request, lines } = await start('reply');
    request({ ...OPEN, 'x-send': '1', 'x-after': 'close' });
    const st = only(vm);
    expect(st.localClosed).toBe(true);
    expect(st.sent.map(text)).toEqual([['ping-1', false]]);
    st.receive('pong:ping-1');
    st.close();
    expect(lines().slice(3)).toEqual([
      'close rc=0',
      'im ctx=1 token=6 n=2 pairs=[:status=200,content-type=application/grpc] get(x-a)=1: size=2',
      'msg ctx=1 token=6 size=11 body=pong:ping-1 im-pairs=0:0',
      'send rc=0', // the module had closed its side: no-op
      'tm ctx=1 token=6 n=1 pairs=[grpc-status=0] get(grpc-status)=0:0',
      'close ctx=1 token=6 status=0 get_status=0:0:via_upstream',
    ]);
    expect(st.sent).toHaveLength(1);
    request({ 'x-op': 'send', 'x-token': '6', 'x-msg': 'x' });
    expect(lines()).toEqual(['send rc=1']);
  });

  it('keeps a stream the server closed known until the module closes it, unless the module had closed it', async () => {
    const { vm, request, lines } = await start('late');
    request({ ...OPEN });
    only(vm).close(7, 'denied');
    expect(lines().slice(-2)).toEqual([
      'close ctx=1 token=6 status=7 get_status=0:7:denied{via_upstream}',
      'late send=0 close=0 close=1',
    ]);
  });

  it('refuses an unknown cluster name with ParseFailure, and answers a GrpcService naming one with InternalFailure and a close', async () => {
    const { vm, request, lines } = await start();
    request({ ...OPEN, 'x-cluster': 'nowhere' });
    request({ ...OPEN, 'x-cluster': 'nowhere', 'x-proto': '1' });
    request({ ...OPEN, 'x-proto': '1' });
    expect(lines()).toEqual([
      'open rc=4 token=0', // no token spent
      'open rc=10 token=0',
      'close ctx=1 token=6 status=14 get_status=0:14:Cluster not available', // after on_request_headers returned
      'open rc=0 token=10',
      'outside im-pairs=0:0 im-get=2 im-size=2 buf=0:0',
    ]);
    expect(only(vm)).toMatchObject({ token: 10, cluster: 'sidecar' });
    // Unary calls share the rules (and count their own ids: 5, 9, ...).
    request({ 'x-op': 'call', 'x-cluster': 'nowhere', 'x-proto': '1', 'x-service': 'svc.S', 'x-method': 'M' });
    request({ 'x-op': 'call', 'x-cluster': 'sidecar', 'x-service': 'svc.S', 'x-method': 'M' });
    expect(lines()).toEqual([
      'call rc=10 token=0',
      'close ctx=1 token=5 status=14 get_status=0:14:Cluster not available',
      'call rc=0 token=9',
    ]);
  });

  it('tells the kinds of token apart as Envoy does: BadArgument for other kinds, NotFound for unknown ones', async () => {
    const { request, lines } = await start();
    request({ 'x-op': 'tokens' });
    expect(lines()).toEqual([
      'token 0 send=2 close=2 cancel=2',
      'token 3 send=2 close=2 cancel=2',
      'token 4 send=2 close=2 cancel=2',
      'token 1001 send=2 close=1 cancel=1',
      'token 1002 send=1 close=1 cancel=1',
    ]);
  });

  it('lets a stream outlive the stream context that opened it; the root context\'s deletion cancels it', async () => {
    const { host, vm, request, lines } = await start();
    const opener = request({ ...OPEN, 'x-send': '1' });
    expect(vm.logs.find((l) => l.message === 'open rc=0 token=6')?.contextId).toBe(2);
    opener.complete();
    host.advanceTime(3_600_000); // streams never time out
    const st = only(vm);
    st.receive('pong');
    request({ 'x-op': 'send', 'x-token': '6', 'x-msg': 'later', 'x-end': '1' });
    expect(lines().slice(3)).toEqual([
      'im ctx=1 token=6 n=2 pairs=[:status=200,content-type=application/grpc] get(x-a)=1: size=2',
      'msg ctx=1 token=6 size=4 body=pong im-pairs=0:0',
      'send rc=0',
    ]);
    expect(st.sent.map(text)).toEqual([['ping-1', false], ['later', true]]);
    vm.shutdown();
    expect(st.state).toBe('cancelled');
    expect(vm.pendingGrpcStreams()).toEqual([]);
    expect(() => st.receive('x')).toThrow(/cancelled \(by the module, or its root context is gone\)/);
    expect(lines()).toEqual([]);
  });

  it('fails closed on a trap in a stream callback: no later callback, later requests get 503', async () => {
    const { vm, request, lines } = await start('trap-msg', 'fail-closed');
    request({ ...OPEN, 'x-send': '1' });
    const st = only(vm);
    st.receiveInitialMetadata();
    st.receive('pong-1');
    expect(vm.failed).toBe(true);
    expect(lines().slice(3)).toEqual([
      'im ctx=1 token=6 n=2 pairs=[:status=200,content-type=application/grpc] get(x-a)=1: size=2',
      expect.stringMatching(/^host-sim: VM failed \(fail-closed\): module trapped in proxy_on_grpc_receive: .*unreachable/),
    ]);
    st.receive('pong-2');
    st.close();
    expect(lines()).toEqual([]);
    const later = request({ ...OPEN });
    expect(later.localResponse).toMatchObject({ status: 503, details: 'wasm_fail_stream' });

    const throwing = await start('trap-tm');
    throwing.request({ ...OPEN });
    const err = (() => {
      try {
        only(throwing.vm).close(0);
      } catch (e) {
        return e;
      }
    })() as ModuleTrapError;
    expect(err).toBeInstanceOf(ModuleTrapError);
    expect(err.callback).toBe('proxy_on_grpc_receive_trailing_metadata');
  });

  it('checks how the test drives the server side', async () => {
    const { vm, request } = await start();
    request({ ...OPEN });
    const st = only(vm);
    st.receiveInitialMetadata();
    expect(() => st.receiveInitialMetadata()).toThrow(/already received its initial metadata/);
    expect(() => st.receive(42 as never)).toThrow(TypeError);
    expect(() => st.close(17)).toThrow(TypeError);
    expect(() => st.fail(0)).toThrow(/never has status 0/);
    expect(st.state).toBe('open');
  });
});
