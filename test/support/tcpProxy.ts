/**
 * A TCP proxy on loopback that a test can switch off and on: "Neo4j is down" without stopping
 * the shared test Neo4j. Off means nothing listens (connection refused) and open connections
 * are cut, as when a server dies. Frozen means the opposite failure: every connection stays open
 * but nothing passes either way and new connections are accepted and never answered, as when a
 * cable is pulled, a VM is paused or a firewall drops a flow without a reset (no FIN, no RST).
 */
import * as net from 'node:net';

export class TcpProxy {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  private frozen = false;

  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  static async freePort(): Promise<number> {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as net.AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    return port;
  }

  async up(): Promise<void> {
    if (this.server) return;
    const server = net.createServer((client) => {
      if (this.frozen) {
        this.hold(client);
        return;
      }
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.server = server;
  }

  /** Nothing passes from now on, and nothing is closed: both ends wait in silence. */
  freeze(): void {
    this.frozen = true;
    for (const socket of this.sockets) {
      socket.unpipe();
      socket.pause();
    }
  }

  private hold(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.pause();
  }

  async down(): Promise<void> {
    this.frozen = false;
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}
