// The pod the form's "New empty pod" starts from: a Pod with a name and no containers yet (the validator then
// asks for one, which the form adds from a template).
export const EMPTY_POD_YAML = `apiVersion: v1
kind: Pod
metadata:
  name: my-pod
spec:
  containers: []
`;
