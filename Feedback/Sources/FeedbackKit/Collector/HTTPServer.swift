import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A request as the collector sees it: the whole (bounded) body, header names lowercased.
public struct IncomingRequest: Sendable {
    public var method: String
    public var path: String
    public var headers: [String: String]
    public var body: [UInt8]
    /// The peer's IP address (the reverse proxy's, behind one).
    public var peer: String
}

public struct OutgoingResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: [UInt8]

    public init(status: Int, headers: [(String, String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

public protocol RequestResponder: Sendable {
    func respond(to request: IncomingRequest) async -> OutgoingResponse
}

/// A small HTTP/1.1 server on SwiftNIO: bodies over `maxBody` get 413 and the connection is
/// closed without reading them; a request not complete within `requestTimeout` (a slow client)
/// gets 408, an idle keep-alive connection is closed; malformed requests get 400 from NIO.
public final class HTTPServer: Sendable {
    public struct Limits: Sendable {
        public var maxBody: Int
        public var requestTimeout: TimeAmount

        public init(maxBody: Int = 16 * 1024, requestTimeout: TimeAmount = .seconds(10)) {
            self.maxBody = maxBody
            self.requestTimeout = requestTimeout
        }
    }

    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let inflight: InflightCounter
    public let port: Int

    private init(group: MultiThreadedEventLoopGroup, channel: any Channel, inflight: InflightCounter) {
        self.group = group
        self.channel = channel
        self.inflight = inflight
        self.port = channel.localAddress?.port ?? 0
    }

    public static func start(host: String, port: Int, responder: any RequestResponder, limits: Limits = Limits()) async throws -> HTTPServer {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)
        let inflight = InflightCounter()
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 1024)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(
                        HTTPConnectionHandler(responder: responder, limits: limits, inflight: inflight))
                }
            }
        do {
            let channel = try await bootstrap.bind(host: host, port: port).get()
            return HTTPServer(group: group, channel: channel, inflight: inflight)
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
    }

    /// Stops accepting connections, lets requests in progress finish (up to `grace`), then stops.
    public func shutdown(grace: Duration = .seconds(5)) async {
        try? await channel.close().get()
        let clock = ContinuousClock(), deadline = clock.now + grace
        while inflight.value > 0, clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        try? await group.shutdownGracefully()
    }
}

final class InflightCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add(_ delta: Int) { lock.withLock { count += delta } }
}

private final class HTTPConnectionHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let responder: any RequestResponder
    private let limits: HTTPServer.Limits
    private let inflight: InflightCounter
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []
    private var refused = false
    private var deadline: Scheduled<Void>?

    init(responder: any RequestResponder, limits: HTTPServer.Limits, inflight: InflightCounter) {
        self.responder = responder
        self.limits = limits
        self.inflight = inflight
    }

    func channelActive(context: ChannelHandlerContext) {
        armDeadline(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !refused else { return }
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
            body = []
            if let length = requestHead.headers.first(name: "content-length").flatMap(Int.init), length > limits.maxBody {
                refuse(413, context)
            }
        case .body(var buffer):
            guard head != nil else { return }
            guard body.count + buffer.readableBytes <= limits.maxBody else { return refuse(413, context) }
            body += buffer.readBytes(length: buffer.readableBytes) ?? []
        case .end:
            guard let requestHead = head else { return }
            head = nil
            deadline?.cancel()
            var headers: [String: String] = [:]
            for (name, value) in requestHead.headers where headers[name.lowercased()] == nil { headers[name.lowercased()] = value }
            let path = String(requestHead.uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            let request = IncomingRequest(method: requestHead.method.rawValue, path: path, headers: headers, body: body,
                                          peer: context.channel.remoteAddress?.ipAddress ?? "unknown")
            body = []
            let keepAlive = requestHead.isKeepAlive, version = requestHead.version
            let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            let responder = responder, inflight = inflight
            inflight.add(1)
            let promise = context.eventLoop.makePromise(of: OutgoingResponse.self)
            promise.completeWithTask { await responder.respond(to: request) }
            promise.futureResult.whenSuccess { response in
                let (handler, context) = bound.value
                handler.write(response, version: version, keepAlive: keepAlive, context)
                inflight.add(-1)
            }
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    private func write(_ response: OutgoingResponse, version: HTTPVersion, keepAlive: Bool, _ context: ChannelHandlerContext) {
        guard context.channel.isActive else { return }
        var headers = HTTPHeaders(response.headers)
        headers.replaceOrAdd(name: "content-length", value: String(response.body.count))
        headers.replaceOrAdd(name: "connection", value: keepAlive ? "keep-alive" : "close")
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: version, status: HTTPResponseStatus(statusCode: response.status), headers: headers))), promise: nil)
        if !response.body.isEmpty {
            context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: response.body)))), promise: nil)
        }
        let done = context.writeAndFlushPromise(wrapOutboundOut(.end(nil)))
        if keepAlive {
            armDeadline(context)
        } else {
            done.futureResult.whenComplete { _ in context.close(promise: nil) }
        }
    }

    /// Answers without reading the rest of the request, then closes the connection.
    private func refuse(_ status: Int, _ context: ChannelHandlerContext) {
        refused = true
        head = nil
        body = []
        deadline?.cancel()
        write(OutgoingResponse(status: status, headers: [("content-type", "text/plain; charset=utf-8")],
                               body: Array("\(HTTPResponseStatus(statusCode: status).reasonPhrase)\n".utf8)),
              version: .http1_1, keepAlive: false, context)
    }

    private func armDeadline(_ context: ChannelHandlerContext) {
        deadline?.cancel()
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        deadline = context.eventLoop.scheduleTask(in: limits.requestTimeout) {
            let (handler, context) = bound.value
            if handler.head != nil {
                handler.refuse(408, context)
            } else {
                context.close(promise: nil)
            }
        }
    }
}

private extension ChannelHandlerContext {
    func writeAndFlushPromise(_ data: NIOAny) -> EventLoopPromise<Void> {
        let promise = eventLoop.makePromise(of: Void.self)
        writeAndFlush(data, promise: promise)
        return promise
    }
}
