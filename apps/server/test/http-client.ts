import type { RunningServer } from "../src/server";

interface TrpcReply {
  status: number;
  headers: Headers;
  body: { result?: { data: unknown }; error?: { message: string; data?: { code?: string } } };
}

/** A tiny tRPC-over-HTTP client that keeps the session cookie, like a browser would. */
export function httpClient(server: RunningServer) {
  let cookie = "";
  const remember = (res: Response) => {
    const set = res.headers.getSetCookie().find((c) => c.startsWith("kyoso_session="));
    if (set) cookie = set.split(";")[0] ?? "";
  };
  return {
    async query(procedure: string, input?: unknown): Promise<TrpcReply> {
      const qs = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
      const res = await fetch(`${server.url}/trpc/${procedure}${qs}`, { headers: { cookie } });
      remember(res);
      return { status: res.status, headers: res.headers, body: (await res.json()) as TrpcReply["body"] };
    },
    async mutate(
      procedure: string,
      input: unknown,
      headers: Record<string, string> = {},
    ): Promise<TrpcReply> {
      const res = await fetch(`${server.url}/trpc/${procedure}`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie, ...headers },
        body: JSON.stringify(input),
      });
      remember(res);
      return { status: res.status, headers: res.headers, body: (await res.json()) as TrpcReply["body"] };
    },
    signIn(email = "national@kyoso.example", password = "kyoso-demo-2026") {
      return this.mutate("auth.signIn", { email, password });
    },
  };
}
