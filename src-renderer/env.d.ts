interface Window {
  liuhen: {
    invoke: (channel: string, input: unknown) => Promise<unknown>;
  };
}
