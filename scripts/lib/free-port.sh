#!/usr/bin/env bash
# Sourced: free_port FIRST LAST prints the first loopback port in that range nothing listens on.

free_port() {
  local port
  for port in $(seq "$1" "$2"); do
    if ! (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port between $1 and $2" >&2
  return 1
}
