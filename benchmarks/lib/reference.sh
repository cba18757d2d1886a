# Shared by the HTTP benchmarks (sourced after $scratch, $pids and free_port exist):
# the reference server and how wrk's RESULT line is read.

# start_nginx: nginx from Debian answering a static 200 (one worker, no logs) on
# $nginx_port, the reference every table compares with.
start_nginx() {
    nginx_port=$(free_port)
    mkdir -p "$scratch/nginx"
    cat >"$scratch/nginx/nginx.conf" <<CONF
worker_processes 1; daemon off; pid $scratch/nginx/nginx.pid; error_log $scratch/nginx/error.log;
events { worker_connections 1024; }
http { access_log off; client_body_temp_path $scratch/nginx; proxy_temp_path $scratch/nginx;
  fastcgi_temp_path $scratch/nginx; uwsgi_temp_path $scratch/nginx; scgi_temp_path $scratch/nginx;
  server { listen 127.0.0.1:$nginx_port; location / { return 200 "ok"; } } }
CONF
    /usr/sbin/nginx -c "$scratch/nginx/nginx.conf" -p "$scratch/nginx" &
    pids+=($!)
}

# The last RESULT line of a wrk run (see the .lua scripts), and one field of it.
result() { grep '^RESULT' | tail -n 1; }
field() { sed -n "s/.* $1=\([0-9]*\).*/\1/p"; }
