# Source this file: it puts a Node.js >= 22.12 first on PATH. Where the system Node is older, it fetches the
# official Node 24 build from the npm registry (node-linux-<arch>@24: binary and headers) into .toolchain/.
# npm itself stays the system's; with this node first on PATH it runs under Node 24 too.

liuhen_node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! liuhen_node_ok; then
  liuhen_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  liuhen_toolchain="$liuhen_root/.toolchain"
  if [ ! -x "$liuhen_toolchain/node/bin/node" ]; then
    case "$(uname -m)" in
      x86_64) liuhen_arch=x64 ;;
      aarch64 | arm64) liuhen_arch=arm64 ;;
      *) echo "ensure-node: no Node 24 package for $(uname -m)" >&2; return 1 ;;
    esac
    echo "ensure-node: system Node is older than 22.12; fetching node-linux-$liuhen_arch@24 from the npm registry" >&2
    rm -rf "$liuhen_toolchain/node" "$liuhen_toolchain/unpack"
    mkdir -p "$liuhen_toolchain/unpack"
    liuhen_tarball="$(cd "$liuhen_toolchain" && npm pack --silent "node-linux-$liuhen_arch@24")" || return 1
    tar -xzf "$liuhen_toolchain/$liuhen_tarball" -C "$liuhen_toolchain/unpack" || return 1
    mv "$liuhen_toolchain/unpack/package" "$liuhen_toolchain/node"
    rm -rf "$liuhen_toolchain/unpack" "$liuhen_toolchain/$liuhen_tarball"
  fi
  export PATH="$liuhen_toolchain/node/bin:$PATH"
  liuhen_node_ok || { echo "ensure-node: $(node --version) is still too old" >&2; return 1; }
fi
echo "ensure-node: using Node $(node --version) at $(command -v node)" >&2
