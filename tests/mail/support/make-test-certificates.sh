#!/usr/bin/env bash
# Makes a throwaway CA and the server certificates the mail tests need, in folder $1:
#   ca.pem                       the test CA (a test trusts it as MailTrust::authorities)
#   server.pem/.key              valid for localhost and 127.0.0.1
#   expired.pem/.key             same names, expired in 2021
#   wronghost.pem/.key           valid, but for mail.example.org only
#   selfsigned.pem/.key          for localhost, signed by nobody the tests trust
# Keys are EC P-256 so the whole set takes well under a second.
set -euo pipefail
out="$1"
mkdir -p "$out"
cd "$out"

key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }

key ca.key
openssl req -x509 -new -key ca.key -sha256 -days 30 -subj "/O=Kotva tests/CN=Kotva test CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -out ca.pem 2>/dev/null

mkdir -p ca-db
: > ca-db/index.txt
echo 1000 > ca-db/serial
cat > ca.cnf <<CNF
[ca]
default_ca = test
[test]
dir = ca-db
database = ca-db/index.txt
serial = ca-db/serial
new_certs_dir = ca-db
certificate = ca.pem
private_key = ca.key
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = copy
[anything]
commonName = supplied
organizationName = optional
CNF

# sign <name> <CN> <subjectAltName> [startdate enddate]
sign() {
  local name="$1" cn="$2" san="$3"
  key "$name.key"
  openssl req -new -key "$name.key" -subj "/O=Kotva tests/CN=$cn" -addext "subjectAltName=$san" \
    -out "$name.csr" 2>/dev/null
  local dates=(-days 30)
  if [ $# -ge 5 ]; then dates=(-startdate "$4" -enddate "$5"); fi
  openssl ca -batch -config ca.cnf -in "$name.csr" -out "$name.pem" -notext "${dates[@]}" \
    -extensions server -extfile <(printf '[server]\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n') \
    2>/dev/null
  rm -f "$name.csr"
}

sign server localhost "DNS:localhost,IP:127.0.0.1"
sign expired localhost "DNS:localhost,IP:127.0.0.1" 20200101000000Z 20210101000000Z
sign wronghost mail.example.org "DNS:mail.example.org"

key selfsigned.key
openssl req -x509 -new -key selfsigned.key -sha256 -days 30 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -out selfsigned.pem 2>/dev/null
